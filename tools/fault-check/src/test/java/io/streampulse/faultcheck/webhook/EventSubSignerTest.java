package io.streampulse.faultcheck.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventSubSignerTest {

    @Test
    void signsIdTimestampAndBodyLikeTwitch() {
        // Given a secret, message id, timestamp and body
        String signature = EventSubSigner.signature("s3cRe7", "e76c6bd4-55c9-4987-8304-da1588d8988b",
                "2019-11-16T10:11:12.634234626Z", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        // Then: the hex HMAC-SHA256 of id + timestamp + body, as computed by
        // printf '%s%s%s' <id> <timestamp> '{"a":1}' | openssl dgst -sha256 -hmac s3cRe7
        assertThat(signature).isEqualTo("sha256=4759321ff56b9b75857e86cd4b2cf20cf4b73facd1a8cb05daf7781c649b5d4b");
    }

    @Test
    void writesNanosecondTimestamps() {
        assertThat(EventSubSigner.timestamp(Instant.parse("2026-03-02T12:00:00.5Z"))).isEqualTo("2026-03-02T12:00:00.500000000Z");
    }
}
