package io.streampulse.twitch.eventsub;

/** Header names of an EventSub webhook delivery (case-insensitive on the wire) and the message types. */
public final class EventSubHeaders {

    public static final String MESSAGE_ID = "Twitch-Eventsub-Message-Id";
    public static final String MESSAGE_RETRY = "Twitch-Eventsub-Message-Retry";
    public static final String MESSAGE_TYPE = "Twitch-Eventsub-Message-Type";
    public static final String MESSAGE_SIGNATURE = "Twitch-Eventsub-Message-Signature";
    public static final String MESSAGE_TIMESTAMP = "Twitch-Eventsub-Message-Timestamp";
    public static final String SUBSCRIPTION_TYPE = "Twitch-Eventsub-Subscription-Type";
    public static final String SUBSCRIPTION_VERSION = "Twitch-Eventsub-Subscription-Version";

    public static final String TYPE_NOTIFICATION = "notification";
    public static final String TYPE_VERIFICATION = "webhook_callback_verification";
    public static final String TYPE_REVOCATION = "revocation";

    private EventSubHeaders() {
    }
}
