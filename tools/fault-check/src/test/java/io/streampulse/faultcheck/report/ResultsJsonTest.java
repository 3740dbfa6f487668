package io.streampulse.faultcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.probe.Recovery;
import io.streampulse.faultcheck.score.EventScore;
import io.streampulse.faultcheck.score.SessionScore;
import io.streampulse.faultcheck.score.TableDiff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aPassedRunIsWrittenAsABenchResultWithEveryRecoveryAndTheZeroTargets() {
        // Given a run with one step, clean scores and equal rollups
        FaultOutcome outcome = outcome();

        // When
        Map<String, Object> doc = ResultsJson.document(outcome, Map.of("cpus", 2));

        // Then: tools/bench's fields, and the brief's
        assertThat(doc).containsEntry("id", "fault-tolerance").containsEntry("name", "fault-tolerance")
                .containsEntry("command", "java -jar tools/fault-check/target/fault-check.jar --short")
                .containsEntry("duration_seconds", 420L)
                .containsEntry("machine", Map.of("cpus", 2))
                .containsEntry("passed", true)
                .containsEntry("notes", List.of())
                .containsKeys("title", "description", "started_at", "date", "setup", "checks");
        assertThat(figures(doc)).extracting(f -> f.get("name") + " = " + f.get("value") + " " + f.get("target"))
                .contains("whole run, start-up included = 420.0 {kind=AT_MOST, value=600.0, tolerance=0.0}",
                        "recovery: SIGKILL ingest, restart = 31.5 {kind=AT_MOST, value=180.0, tolerance=0.0}",
                        "sessions lost = 0.0 {kind=AT_MOST, value=0.0, tolerance=0.0}",
                        "channel events lost = 0.0 {kind=AT_MOST, value=0.0, tolerance=0.0}",
                        "rollup rows differing from the clean run = 0.0 {kind=AT_MOST, value=0.0, tolerance=0.0}",
                        "sessions expected (observable, ended by the cutoff) = 8.0 null");
    }

    @Test
    void anUnrecoveredStepIsNaNAndFailsTheRun() {
        // Given a step that never recovered
        FaultOutcome outcome = outcome();
        Recovery never = new Recovery(T0, Optional.of(T0.plusSeconds(5)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        outcome.steps(List.of(new StepResult(2, "Kafka broker SIGKILL, restart on its data", true, T0, T0, never,
                Optional.empty())));

        // When
        Map<String, Object> doc = ResultsJson.document(outcome, Map.of());

        // Then
        assertThat(doc).containsEntry("passed", false);
        assertThat(figures(doc)).filteredOn(f -> f.get("name").equals("recovery: Kafka broker SIGKILL, restart on its data"))
                .singleElement().satisfies(f -> assertThat((Double) f.get("value")).isNaN());
        assertThat((List<?>) doc.get("notes")).hasSize(1);
        assertThat(ReportText.render(outcome)).contains("FAILED")
                .contains("FAIL recovery: Kafka broker SIGKILL, restart on its data: not recovered within the step timeout:"
                        + " no new observation on twitch.streams.observations.v1, probe channel event not in"
                        + " archive.channel_events, probe channel event not in aggregator.channel_events_daily");
    }

    @Test
    void theFileReadsBackWithNaNForAMissingValue() throws java.io.IOException {
        // Given a document with a NaN figure
        Path file = Files.createTempDirectory("results").resolve("fault-tolerance.json");
        ResultsJson.write(file, Map.of("figures", List.of(ResultsJson.figure("x", Double.NaN, "s", null, "how"))));

        // When
        JsonNode read = new ObjectMapper().readTree(file.toFile());

        // Then: Jackson writes it as "NaN", which it reads back into a double as NaN
        assertThat(read.at("/figures/0/value").asText()).isEqualTo("NaN");
        assertThat(new ObjectMapper().treeToValue(read.at("/figures/0/value"), double.class)).isNaN();
    }

    static FaultOutcome outcome() {
        FaultOutcome outcome = new FaultOutcome(RunOptions.shortForm());
        Recovery recovery = new Recovery(T0, Optional.of(T0.plusSeconds(20)), Optional.of(T0.plusSeconds(21)),
                Optional.of(T0.plusSeconds(25)), Optional.of(T0.plusMillis(31_500)), Optional.of("m1"), List.of());
        outcome.steps(List.of(new StepResult(1, "SIGKILL ingest, restart", true, T0, T0, recovery, Optional.empty())));
        outcome.sessions(new SessionScore(10, 8, 8, List.of(), List.of(), List.of(), List.of(), List.of(), 2));
        outcome.events(new EventScore(5, 5, List.of(), Map.of(), 0, List.of(), List.of(), 3, 0));
        TableDiff equal = TableDiff.of("channel_daily", Map.of("b1|2026-03-02", "(row)"), Map.of("b1|2026-03-02", "(row)"));
        outcome.rollup(equal);
        outcome.check(equal.check("rollups equal to a clean run: channel_daily"));
        outcome.finish(Duration.ofSeconds(420));
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> figures(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("figures");
    }
}
