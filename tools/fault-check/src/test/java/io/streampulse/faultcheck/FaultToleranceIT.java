package io.streampulse.faultcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.report.FaultOutcome;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.TableDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #10, short form: the whole stack on private infrastructure (own Kafka broker process, PostgreSQL and Redis
 * on free ports, the simulator and the five service jars) through the whole fault schedule, then scored against
 * the simulator's ground truth. Needs the simulator's and services' jars built. Results go to
 * target/fault-tolerance.json, and also to the file named by {@code -Dfault-check.results=...}.
 */
@Tag("score")
class FaultToleranceIT {

    @Test
    void theStackRecoversFromEveryFaultWithNothingLostOrDuplicated() throws IOException {
        // Given the short form on a new work directory
        Path target = Path.of("target").toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("--short", "--work-dir",
                Files.createTempDirectory(Files.createDirectories(target), "fault-check-").toString(),
                "--results", System.getProperty("fault-check.results", target.resolve("fault-tolerance.json").toString())));

        // When
        FaultOutcome outcome = FaultRun.run(RunOptions.parse(args), Progress.toStandardOutput());

        // Then: every check passed (the failures are listed with the records that broke them)
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.stepResults()).extracting(StepResult::name).containsExactly(
                "SIGKILL ingest, restart", "SIGKILL refresh, restart", "SIGKILL archive, restart",
                "SIGKILL aggregator, restart", "SIGKILL api, restart", "Kafka broker SIGKILL, restart on its data",
                "Redis FLUSHALL", "Redis restart (comes back empty)", "PostgreSQL restart",
                "Twitch 5xx burst (every Helix call fails)", "Twitch 429 burst (20 points per minute)", "app token expiry",
                "webhook duplicates: every delivery twice, acknowledged ones re-posted", "forged and stale webhooks");
        assertThat(outcome.stepResults()).allMatch(step -> step.recovery().recovered());
        assertThat(outcome.rollups()).hasSize(7).allMatch(TableDiff::equal);
        assertThat(outcome.sessions()).hasValueSatisfying(s -> {
            assertThat(s.expected()).as("sessions scored").isPositive();
            assertThat(s.lost()).isEmpty();
        });
        assertThat(outcome.events()).hasValueSatisfying(e -> {
            assertThat(e.delivered()).as("channel events scored").isPositive();
            assertThat(e.lost()).isEmpty();
            assertThat(e.forgedStored()).isEmpty();
        });
        assertThat(outcome.allChecks()).extracting(Check::name).contains("every service ready at the end, untouched",
                "event rollups: every archived event counted once", "forged webhooks: none stored");
    }
}
