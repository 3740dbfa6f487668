package io.streampulse.twitchsim.eventsub;

/**
 * One webhook message to send. {@code send} is 0 for the first send of a message id and counts re-sends
 * (retries after failures, deliberate duplicates); it becomes the Twitch-Eventsub-Message-Retry header.
 */
record Message(Subscription subscription, String id, String type, byte[] body, int send, boolean duplicate,
               String challenge) {
    static final String NOTIFICATION = "notification";
    static final String VERIFICATION = "webhook_callback_verification";
    static final String REVOCATION = "revocation";

    Message resend(boolean asDuplicate) {
        return new Message(subscription, id, type, body, send + 1, asDuplicate, challenge);
    }
}
