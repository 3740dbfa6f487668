package io.streampulse.twitch.eventsub;

import io.streampulse.twitch.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventSubSignatureVerifierTest {

    private static final String SECRET = "s3cRe7-streampulse-secret";
    private static final String MESSAGE_ID = "e76c6bd4-55c9-4987-8304-da1588d8988b";
    /** Twitch's docs example: 7 fractional digits, which Instant.toString() would pad to 9. */
    private static final String TIMESTAMP = "2021-02-19T23:47:00.8091512Z";
    private static final Instant SENT_AT = Instant.parse("2021-02-19T23:47:00.809151200Z");
    private static final byte[] BODY = Fixtures.bytes("eventsub-channel.follow.v2.json");

    /** Independent reference: javax.crypto directly, as Twitch describes it. */
    private static String expectedSignature(String secret, String id, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] message = new byte[id.length() + timestamp.length() + body.length];
        System.arraycopy(id.getBytes(StandardCharsets.UTF_8), 0, message, 0, id.length());
        System.arraycopy(timestamp.getBytes(StandardCharsets.UTF_8), 0, message, id.length(), timestamp.length());
        System.arraycopy(body, 0, message, id.length() + timestamp.length(), body.length);
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(message));
    }

    private static EventSubSignatureVerifier verifierAt(Instant now) {
        return new EventSubSignatureVerifier(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void acceptsAGenuineNotificationSignedOverTheOriginalTimestamp() throws Exception {
        // Given a delivery signed by Twitch one minute ago
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);
        // When verified
        SignatureVerification result = verifierAt(SENT_AT.plusSeconds(60)).verify(MESSAGE_ID, TIMESTAMP, signature, BODY);
        // Then it is authentic, keyed by its message id
        assertThat(result).isEqualTo(new SignatureVerification.Verified(MESSAGE_ID, SENT_AT));
    }

    @Test
    void readsHeadersCaseInsensitivelyFromAMap() throws Exception {
        byte[] challenge = Fixtures.bytes("eventsub-challenge.json");
        Map<String, String> headers = Map.of(
                "twitch-eventsub-message-id", MESSAGE_ID,
                "TWITCH-EVENTSUB-MESSAGE-TIMESTAMP", TIMESTAMP,
                "Twitch-Eventsub-Message-Signature", expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, challenge),
                "Twitch-Eventsub-Message-Type", "webhook_callback_verification");

        SignatureVerification result = verifierAt(SENT_AT).verify(headers, challenge);

        assertThat(result).isEqualTo(new SignatureVerification.Verified(MESSAGE_ID, SENT_AT));
    }

    @ParameterizedTest
    @CsvSource({
            // original (signed)               , as a re-formatting client would send it
            "2021-02-19T23:47:00.8091512Z      , 2021-02-19T23:47:00.809151200Z",
            "2023-07-19T14:56:51.630Z          , 2023-07-19T14:56:51.63Z",
            "2023-07-19T14:56:51.120000000Z    , 2023-07-19T14:56:51.120Z",
            "2023-07-19T14:56:51Z              , 2023-07-19T14:56:51.000Z"
    })
    void rejectsATimestampThatWasReformattedAfterSigning(String original, String reformatted) throws Exception {
        // Given a signature over the original header string
        String signature = expectedSignature(SECRET, MESSAGE_ID, original, BODY);
        Instant sentAt = Instant.parse(reformatted);
        // When the same instant arrives written differently
        SignatureVerification result = verifierAt(sentAt).verify(MESSAGE_ID, reformatted, signature, BODY);
        // Then the signature no longer matches
        assertRejected(result, RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void instantToStringIsAReformattingThatBreaksTheSignature() throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);
        String reserialised = Instant.parse(TIMESTAMP).toString();

        assertThat(reserialised).isNotEqualTo(TIMESTAMP);
        assertRejected(verifierAt(SENT_AT).verify(MESSAGE_ID, reserialised, signature, BODY), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void rejectsASecretOneCharacterOff() throws Exception {
        String signature = expectedSignature("s3cRe7-streampulse-secreT", MESSAGE_ID, TIMESTAMP, BODY);

        assertRejected(verifierAt(SENT_AT).verify(MESSAGE_ID, TIMESTAMP, signature, BODY), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void rejectsABodyOneByteChanged() throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length / 2] ^= 0x01;

        assertRejected(verifierAt(SENT_AT).verify(MESSAGE_ID, TIMESTAMP, signature, tampered), RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAnotherMessageIdAndSignaturesNotInTheSha256Form() throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);
        EventSubSignatureVerifier verifier = verifierAt(SENT_AT);

        assertRejected(verifier.verify("another-id", TIMESTAMP, signature, BODY), RejectionReason.BAD_SIGNATURE);
        assertRejected(verifier.verify(MESSAGE_ID, TIMESTAMP, signature.substring("sha256=".length()), BODY), RejectionReason.BAD_SIGNATURE);
        assertRejected(verifier.verify(MESSAGE_ID, TIMESTAMP, "sha256=" + signature.substring(7).toUpperCase(), BODY), RejectionReason.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "timestamp", "signature"})
    void rejectsAMissingOrBlankHeader(String missing) throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);
        EventSubSignatureVerifier verifier = verifierAt(SENT_AT);

        SignatureVerification absent = verifier.verify(missing.equals("id") ? null : MESSAGE_ID,
                missing.equals("timestamp") ? null : TIMESTAMP, missing.equals("signature") ? null : signature, BODY);
        SignatureVerification blank = verifier.verify(missing.equals("id") ? " " : MESSAGE_ID,
                missing.equals("timestamp") ? "" : TIMESTAMP, missing.equals("signature") ? "" : signature, BODY);

        assertRejected(absent, RejectionReason.MISSING_HEADER);
        assertRejected(blank, RejectionReason.MISSING_HEADER);
    }

    @Test
    void acceptsUpToTenMinutesOldAndRejectsElevenMinutes() throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);

        assertThat(verifierAt(SENT_AT.plus(Duration.ofMinutes(10))).verify(MESSAGE_ID, TIMESTAMP, signature, BODY))
                .isEqualTo(new SignatureVerification.Verified(MESSAGE_ID, SENT_AT));
        assertRejected(verifierAt(SENT_AT.plus(Duration.ofMinutes(11))).verify(MESSAGE_ID, TIMESTAMP, signature, BODY), RejectionReason.STALE);
    }

    @Test
    void rejectsTimestampsTooFarInTheFuture() throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);

        assertThat(verifierAt(SENT_AT.minusSeconds(30)).verify(MESSAGE_ID, TIMESTAMP, signature, BODY))
                .isEqualTo(new SignatureVerification.Verified(MESSAGE_ID, SENT_AT));
        assertRejected(verifierAt(SENT_AT.minus(Duration.ofMinutes(2))).verify(MESSAGE_ID, TIMESTAMP, signature, BODY), RejectionReason.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2021-02-19 23:47:00Z", "2021-02-19T23:47:00.8091512345Z", "1613778420"})
    void rejectsMalformedTimestamps(String timestamp) throws Exception {
        String signature = expectedSignature(SECRET, MESSAGE_ID, timestamp, BODY);

        assertRejected(verifierAt(SENT_AT).verify(MESSAGE_ID, timestamp, signature, BODY), RejectionReason.MALFORMED_TIMESTAMP);
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(new EventSubSignatureVerifier(SECRET).toString()).doesNotContain(SECRET);
    }

    private static void assertRejected(SignatureVerification result, RejectionReason reason) {
        assertThat(result).isInstanceOfSatisfying(SignatureVerification.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
