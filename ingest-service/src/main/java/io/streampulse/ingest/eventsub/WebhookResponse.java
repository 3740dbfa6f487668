package io.streampulse.ingest.eventsub;

/** What the webhook answers Twitch; the controller only maps these to HTTP. */
public sealed interface WebhookResponse {

    /** The metric tag of this answer (requests by outcome). */
    String outcome();

    /** 200 text/plain with exactly the challenge string. */
    record Challenge(String challenge) implements WebhookResponse {
        @Override
        public String outcome() {
            return "challenge";
        }
    }

    /** 204: processed (or already processed, or dead-lettered): Twitch must not send it again. */
    record Acknowledged(String outcome) implements WebhookResponse {
    }

    /** An RFC 9457 problem (application/problem+json); 4xx: rejected for good, 5xx: Twitch should retry. */
    record Problem(int status, String title, String detail, String outcome) implements WebhookResponse {
    }
}
