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
}
