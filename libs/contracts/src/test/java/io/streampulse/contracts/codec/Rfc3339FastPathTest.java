package io.streampulse.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339FastPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-10T15:04:21Z", "2021-03-10T15:04:21.5Z", "2021-03-10T15:04:21.123456789Z",
        "2024-02-29T23:59:59.000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"})
    void theUsualUtcFormIsReadAsTheGeneralParserReadsIt(String text) {
        // Given a UTC text of the usual form

        // When the fast path reads it
        Instant fast = Rfc3339InstantDeserializer.parseUtc(text);

        // Then it is the instant the general parser gives
        assertThat(fast).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-10T15:04:21+02:00", "2021-03-10t15:04:21z", "2021-02-29T15:04:21Z",
        "2021-13-10T15:04:21Z", "2021-03-10T24:00:00Z", "2021-03-10T15:04:60Z", "2021-03-10T15:04:21.Z",
        "2021-03-10T15:04:21.1234567890Z", "2021-03-10 15:04:21Z", "+2021-03-10T15:04:21Z", "2021-03-10T15:04Z",
        "2021-03-1aT15:04:21Z"})
    void anythingElseIsLeftToTheGeneralParser(String text) {
        // Given a text outside the usual form (valid with an offset or in lower case, or not valid at all)

        // When the fast path reads it
        Instant fast = Rfc3339InstantDeserializer.parseUtc(text);

        // Then it declines, and the general parser decides
        assertThat(fast).isNull();
    }

    @Test
    void randomTextsNeverDisagreeWithTheGeneralParser() {
        // Given random texts shaped like timestamps, many of them invalid
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", random.nextInt(10_000), random.nextInt(14),
                random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                random.nextBoolean() ? "" : "." + Long.toString(random.nextLong(1, 10_000_000_000L)));

            // When both read it
            Instant fast = Rfc3339InstantDeserializer.parseUtc(text);
            Instant general = general(text);

            // Then the fast path gives the general parser's answer or leaves it to it
            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(general);
            }
            if (general != null && text.length() <= 30) {
                assertThat(fast).as(text).isEqualTo(general);
            }
        }
    }

    private static Instant general(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
