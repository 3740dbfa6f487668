package io.streampulse.ingest.eventsub;

import io.streampulse.twitch.eventsub.SignatureVerification;

/** 4xx answers for deliveries that fail verification; details are safe to show (no secret, no signature). */
final class Rejections {

    private Rejections() {
    }

    static WebhookResponse of(SignatureVerification.Rejected rejected) {
        return switch (rejected.reason()) {
            case MISSING_HEADER -> new WebhookResponse.Problem(400, "Missing header", rejected.detail(),
                "rejected_missing_header");
            case MALFORMED_TIMESTAMP -> new WebhookResponse.Problem(400, "Malformed timestamp", rejected.detail(),
                "rejected_malformed_timestamp");
            case BAD_SIGNATURE -> new WebhookResponse.Problem(403, "Invalid signature", rejected.detail(),
                "rejected_signature");
            case STALE -> new WebhookResponse.Problem(403, "Stale message", rejected.detail(), "rejected_stale");
        };
    }

    static WebhookResponse missingHeader(String name) {
        return new WebhookResponse.Problem(400, "Missing header", name + " is required", "rejected_missing_header");
    }
}
