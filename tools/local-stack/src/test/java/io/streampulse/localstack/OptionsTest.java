package io.streampulse.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void defaultsStartEverythingOnTheUsualPortsWithinThreeMinutes() {
        assertThat(Options.parse(List.of(), Map.of())).isEqualTo(new Options(true, List.of(), Optional.empty(),
                Duration.ofSeconds(180), 9092, Optional.empty(), false));
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        Options options = Options.parse(List.of("--only", "ingest,api", "--work-dir=/tmp/ls", "--timeout", "4m",
                "--kafka-port=19092", "--repo-dir", "/repo"), Map.of());

        assertThat(options).isEqualTo(new Options(true, List.of("ingest", "api"), Optional.of(Path.of("/tmp/ls")),
                Duration.ofMinutes(4), 19092, Optional.of(Path.of("/repo")), false));
    }

    @Test
    void environmentVariablesAreFallbacksTheCommandLineOverrides() {
        Map<String, String> env = Map.of("LOCAL_STACK_WORK_DIR", "/env/work", "LOCAL_STACK_TIMEOUT", "90",
                "LOCAL_STACK_KAFKA_PORT", "29092");

        assertThat(Options.parse(List.of("--no-services", "--kafka-port", "39092"), env)).isEqualTo(new Options(false,
                List.of(), Optional.of(Path.of("/env/work")), Duration.ofSeconds(90), 39092, Optional.empty(), false));
    }

    @Test
    void durationsInSecondsMinutesOrIso() {
        assertThat(List.of("120", "120s", "2m", "PT2M")).map(Options::duration).containsOnly(Duration.ofMinutes(2));
    }

    @Test
    void rejectsWhatItCannotUseWithAReason() {
        assertThatThrownBy(() -> Options.parse(List.of("--verbose"), Map.of())).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> Options.parse(List.of("--timeout"), Map.of())).hasMessage("--timeout needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--timeout", "soon"), Map.of()))
                .hasMessage("not a duration: soon (use 180, 180s or 3m)");
        assertThatThrownBy(() -> Options.parse(List.of("--kafka-port", "65535"), Map.of()))
                .hasMessage("kafka port must be 1..65534: 65535");
        assertThatThrownBy(() -> Options.parse(List.of("--only", "web"), Map.of()))
                .hasMessage("unknown service(s) web; known: api, ingest, refresh, archive, aggregator");
        assertThatThrownBy(() -> Options.parse(List.of("--no-services", "--only", "api"), Map.of()))
                .hasMessage("--no-services and --only exclude each other");
    }
}
