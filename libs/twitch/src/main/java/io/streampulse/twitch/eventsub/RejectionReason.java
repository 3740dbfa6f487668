package io.streampulse.twitch.eventsub;

/** Why a webhook delivery failed {@link EventSubSignatureVerifier verification}. */
public enum RejectionReason {
    /** Message id, timestamp or signature header absent or blank. */
    MISSING_HEADER,
    /** Signature absent of the {@code sha256=} form or not the HMAC of id + timestamp + body. */
    BAD_SIGNATURE,
    /** Signed correctly but older than the replay window, or too far in the future. */
    STALE,
    /** The timestamp header is not RFC 3339 (with at most 9 fractional digits). */
    MALFORMED_TIMESTAMP
}
