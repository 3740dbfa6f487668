package io.streampulse.twitch.eventsub;

import java.time.Instant;

/** Outcome of {@link EventSubSignatureVerifier#verify}. */
public sealed interface SignatureVerification {

    boolean isVerified();

    /** Authentic and fresh; {@code messageId} is the dedupe key. */
    record Verified(String messageId, Instant timestamp) implements SignatureVerification {
        @Override
        public boolean isVerified() {
            return true;
        }
    }

    /** Answer 4XX (403) and do not process. {@code detail} is safe to log (no secret, no signature). */
    record Rejected(RejectionReason reason, String detail) implements SignatureVerification {
        @Override
        public boolean isVerified() {
            return false;
        }
    }
}
