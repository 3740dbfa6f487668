package io.streampulse.simfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void theDefaultStartIsTheLatestNoonFromWhichTheRunEndsAnHourBeforeNow() {
        // Given two "now"s, one late in the day and one early
        Instant evening = Instant.parse("2026-03-02T20:30:00Z");
        Instant morning = Instant.parse("2026-03-02T09:30:00Z");

        // When a two-hour run is placed
        Instant fromEvening = RunOptions.defaultStart(evening, Duration.ofHours(2));
        Instant fromMorning = RunOptions.defaultStart(morning, Duration.ofHours(2));

        // Then it starts at noon the same day when that ends early enough, else the day before
        assertThat(fromEvening).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(fromMorning).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void optionsAreReadInBothFormsWithDefaultsForTheRest() {
        // When options are given as "--name value" and "--name=value"
        RunOptions options = RunOptions.parse(new String[] {"--bootstrap", "localhost:9092", "--out=/tmp/run",
            "--channels", "500", "--steps=10", "--start-time", "2026-03-02T12:00:00Z"},
            Instant.parse("2026-03-03T00:00:00Z"));

        // Then they are set, and the others have their defaults
        assertThat(options).isEqualTo(new RunOptions("localhost:9092", Path.of("/tmp/run"), 500, 0.1, 42, 0.01, 120,
            1, 60, 10, Instant.parse("2026-03-02T12:00:00Z"), 300, false, true));
        assertThat(options.end()).isEqualTo(Instant.parse("2026-03-02T12:10:00Z"));
    }

    @Test
    void anUnknownOptionOrAMissingRequiredOneIsRefusedWithTheUsage() {
        Instant now = Instant.parse("2026-03-03T00:00:00Z");

        String[] misspelt = {"--bootstrap", "k", "--out", "o", "--chanels", "5"};
        assertThatThrownBy(() -> RunOptions.parse(misspelt, now)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--chanels").hasMessageContaining("--steps");
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"--out", "o"}, now))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bootstrap is required");
    }
}
