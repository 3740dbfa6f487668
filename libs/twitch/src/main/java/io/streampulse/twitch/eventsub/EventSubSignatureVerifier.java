package io.streampulse.twitch.eventsub;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks an EventSub webhook delivery: {@code Twitch-Eventsub-Message-Signature} must equal
 * {@code "sha256=" + lowercase hex(HMAC-SHA256(secret, messageId + timestamp + rawBody))}, compared in
 * constant time, over the header strings exactly as received and the raw body bytes (never re-serialised
 * JSON, never a re-formatted timestamp). Then the timestamp must lie within the replay window: at most
 * {@code maxAge} old (10 minutes) and at most {@code maxFutureSkew} ahead (1 minute).
 * Checks run in this order: headers present, timestamp well-formed, signature, freshness.
 */
public final class EventSubSignatureVerifier {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(1);
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration maxFutureSkew;

    public EventSubSignatureVerifier(String secret) {
        this(secret, Clock.systemUTC());
    }

    public EventSubSignatureVerifier(String secret, Clock clock) {
        this(secret, clock, DEFAULT_MAX_AGE, DEFAULT_MAX_FUTURE_SKEW);
    }

    public EventSubSignatureVerifier(String secret, Clock clock, Duration maxAge, Duration maxFutureSkew) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("EventSub secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
    }

    /** Looks the three headers up with {@code header} (make it case-insensitive, as HTTP header names are). */
    public SignatureVerification verify(Function<String, String> header, byte[] body) {
        return verify(header.apply(EventSubHeaders.MESSAGE_ID), header.apply(EventSubHeaders.MESSAGE_TIMESTAMP),
                header.apply(EventSubHeaders.MESSAGE_SIGNATURE), body);
    }

    /** Headers as a map whose keys are matched case-insensitively. */
    public SignatureVerification verify(Map<String, String> headers, byte[] body) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return verify(byName::get, body);
    }

    public SignatureVerification verify(String messageId, String timestamp, String signature, byte[] body) {
        if (isBlank(messageId) || isBlank(timestamp) || isBlank(signature) || body == null) {
            return new SignatureVerification.Rejected(RejectionReason.MISSING_HEADER,
                    "message id, timestamp and signature headers and a body are required");
        }
        Instant sentAt;
        try {
            sentAt = OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return new SignatureVerification.Rejected(RejectionReason.MALFORMED_TIMESTAMP,
                    "timestamp is not RFC 3339: " + abbreviate(timestamp));
        }
        byte[] expected = (PREFIX + hmacHex(messageId, timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            return new SignatureVerification.Rejected(RejectionReason.BAD_SIGNATURE,
                    "signature does not match message " + abbreviate(messageId));
        }
        Instant now = clock.instant();
        if (sentAt.isBefore(now.minus(maxAge))) {
            return new SignatureVerification.Rejected(RejectionReason.STALE, "timestamp " + timestamp
                    + " is older than " + maxAge.toMinutes() + " minutes");
        }
        if (sentAt.isAfter(now.plus(maxFutureSkew))) {
            return new SignatureVerification.Rejected(RejectionReason.STALE, "timestamp " + timestamp
                    + " is more than " + maxFutureSkew.toSeconds() + " s in the future");
        }
        return new SignatureVerification.Verified(messageId, sentAt);
    }

    @Override
    public String toString() {
        return "EventSubSignatureVerifier[secret=***, maxAge=" + maxAge + ", maxFutureSkew=" + maxFutureSkew + "]";
    }

    private String hmacHex(String messageId, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(messageId.getBytes(StandardCharsets.UTF_8));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
