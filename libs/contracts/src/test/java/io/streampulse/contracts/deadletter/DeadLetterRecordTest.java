package io.streampulse.contracts.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterRecordTest {

    private static final Instant NOW = Instant.parse("2021-03-10T16:00:07Z");

    @Test
    void utf8PayloadIsKeptAsText() {
        byte[] value = "{\"broadcaster_id\":\"13".getBytes(StandardCharsets.UTF_8);

        DeadLetterRecord letter = DeadLetterRecord.of("twitch.watchlist.v1", 4, 1812, "1337", value, "NOT_JSON",
            "not valid JSON", "ingest", NOW);

        assertThat(letter.payload()).isEqualTo("{\"broadcaster_id\":\"13");
        assertThat(letter.payloadEncoding()).isEqualTo(PayloadEncoding.UTF8);
        assertThat(letter.payloadBytes()).isEqualTo(value);
        assertThat(letter.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void binaryPayloadIsKeptAsBase64AndRestoredExactly() {
        byte[] value = {(byte) 0xff, 0x00, (byte) 0x81, 0x12};

        DeadLetterRecord letter = DeadLetterRecord.of("twitch.channel.events.v1", 0, 7, null, value, "NOT_JSON",
            "garbage", "archive", NOW);

        assertThat(letter.payload()).isEqualTo("/wCBEg==");
        assertThat(letter.payloadEncoding()).isEqualTo(PayloadEncoding.BASE64);
        assertThat(letter.payloadBytes()).isEqualTo(value);
        assertThat(letter.key()).isNull();
    }

    @Test
    void tombstoneHasNoPayload() {
        DeadLetterRecord letter = DeadLetterRecord.of("twitch.watchlist.v1", 1, 2, "1337", null, "TOMBSTONE",
            "unexpected tombstone", "ingest", NOW);

        assertThat(letter.payload()).isNull();
        assertThat(letter.payloadBytes()).isNull();
    }

    @Test
    void anOversizedPayloadIsCutAtACharacterBoundaryAndTheMessageSaysSo() {
        // Given a 2 MB text value whose cut point falls inside a three-byte character
        String text = "a".repeat(DeadLetterRecord.MAX_PAYLOAD_BYTES - 1) + "\u20ac".repeat(700_000);
        byte[] value = text.getBytes(StandardCharsets.UTF_8);

        // When it is dead-lettered
        DeadLetterRecord letter = DeadLetterRecord.of("twitch.streams.observations.v1", 3, 99, "42", value,
            "database_refused", "value too long", "archive", NOW);

        // Then the payload is the longest whole-character prefix that fits, still text, and the message says so
        assertThat(letter.payloadEncoding()).isEqualTo(PayloadEncoding.UTF8);
        assertThat(letter.payloadBytes()).hasSize(DeadLetterRecord.MAX_PAYLOAD_BYTES - 1);
        assertThat(letter.payload()).isEqualTo(text.substring(0, DeadLetterRecord.MAX_PAYLOAD_BYTES - 1));
        assertThat(letter.errorMessage()).isEqualTo("value too long (payload cut: first "
            + (DeadLetterRecord.MAX_PAYLOAD_BYTES - 1) + " of " + value.length + " bytes kept)");
    }

    @Test
    void aHugeErrorMessageIsCut() {
        // Given an error message of 100,000 characters
        String message = "x".repeat(100_000);

        // When a small record is dead-lettered with it
        DeadLetterRecord letter = DeadLetterRecord.of("twitch.watchlist.v1", 0, 1, "1", new byte[] {'{'},
            "invalid_json", message, "ingest", NOW);

        // Then the message keeps its first MAX_MESSAGE_CHARS characters and says it was cut
        assertThat(letter.errorMessage()).startsWith("x".repeat(DeadLetterRecord.MAX_MESSAGE_CHARS))
            .endsWith("(message cut at " + DeadLetterRecord.MAX_MESSAGE_CHARS + " chars)")
            .hasSizeLessThan(DeadLetterRecord.MAX_MESSAGE_CHARS + 50);
        assertThat(letter.payloadBytes()).containsExactly('{');
    }
}
