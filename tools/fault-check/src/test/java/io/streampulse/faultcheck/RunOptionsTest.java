package io.streampulse.faultcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void withoutArgumentsTheShortFormRuns() {
        RunOptions options = RunOptions.parse(List.of());

        assertThat(options).isEqualTo(RunOptions.shortForm());
        assertThat(options.command()).isEqualTo("java -jar tools/fault-check/target/fault-check.jar --short");
    }

    @Test
    void theLongFormCanBeAdjustedAndItsCommandReproducesIt() {
        // When
        RunOptions options = RunOptions.parse(List.of("--channels", "50000", "--long", "--hold", "2m", "--rounds", "5",
                "--results", "/tmp/out.json", "--work-dir", "/tmp/fc"));

        // Then
        assertThat(options.form()).isEqualTo(RunOptions.Form.LONG);
        assertThat(options.channels()).isEqualTo(50_000);
        assertThat(options.hold()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.burst()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.resultsFile()).contains(Path.of("/tmp/out.json"));
        assertThat(options.workDir()).isEqualTo(Optional.of(Path.of("/tmp/fc")));
        assertThat(options.command()).isEqualTo(
                "java -jar tools/fault-check/target/fault-check.jar --long --channels 50000 --rounds 5 --hold 120s");
    }

    @Test
    void durationsReadSecondsMinutesAndMilliseconds() {
        assertThat(RunOptions.duration("--hold", "45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(RunOptions.duration("--hold", "45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(RunOptions.duration("--hold", "3m")).isEqualTo(Duration.ofMinutes(3));
        assertThat(RunOptions.duration("--hold", "500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void badOptionsAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--rounds", "0"))).hasMessageContaining("--rounds must be at least 1");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--hold", "soon"))).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--fast"))).hasMessageContaining("unknown option --fast")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--channels"))).hasMessageContaining("--channels needs a value");
    }

    @Test
    void onlyPicksFaultsByAWordOfTheirName() {
        RunOptions options = RunOptions.parse(List.of("--only", "Kafka,redis"));

        assertThat(options.runs("Kafka broker SIGKILL, restart on its data")).isTrue();
        assertThat(options.runs("Redis FLUSHALL")).isTrue();
        assertThat(options.runs("PostgreSQL restart")).isFalse();
        assertThat(RunOptions.shortForm().runs("PostgreSQL restart")).isTrue();
        assertThat(options.command()).endsWith("--short --only kafka,redis");
    }

    @Test
    void noResultsMeansNoFile() {
        RunOptions options = RunOptions.parse(List.of("--no-results"));

        assertThat(options.writeResults()).isFalse();
        assertThat(options.resultsFile()).isEmpty();
    }
}
