package io.streampulse.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {

    private static final byte[] BODY = "{\"data\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameBytesAlwaysGetTheSameStrongTag() {
        // Given one body serialized twice (as two replicas would)
        // When each is tagged
        String first = ETags.of(BODY);
        String second = ETags.of(BODY.clone());

        // Then the tags agree, are quoted strong tags, and differ for other bytes
        assertThat(first).isEqualTo(second).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(ETags.of("{\"data\":[1]}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(first);
    }

    @Test
    void ifNoneMatchUsesWeakComparisonListsAndStar() {
        String tag = ETags.of(BODY);

        assertThat(ETags.matches(tag, tag)).isTrue();
        assertThat(ETags.matches("W/" + tag, tag)).isTrue();
        assertThat(ETags.matches("\"other\", " + tag, tag)).isTrue();
        assertThat(ETags.matches("*", tag)).isTrue();
        assertThat(ETags.matches("\"other\"", tag)).isFalse();
        assertThat(ETags.matches(tag.replace("\"", ""), tag)).isFalse();
        assertThat(ETags.matches("", tag)).isFalse();
        assertThat(ETags.matches(null, tag)).isFalse();
        assertThat(ETags.matches(tag + ",".repeat(10_000), tag)).isFalse();
    }
}
