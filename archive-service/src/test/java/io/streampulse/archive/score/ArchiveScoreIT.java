package io.streampulse.archive.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.streampulse.archive.it.ArchiveContexts;
import io.streampulse.archive.it.ArchiveTopics;
import io.streampulse.archive.score.SimFeedRun.FeedResult;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.ChildJvm;
import io.streampulse.testkit.GroupOffsets;
import io.streampulse.testkit.SimFeedProcess;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ground-truth score of end detection (issue #6). tools/sim-feed runs the simulator on a MANUAL clock (1 % of live
 * streams missing from each Get Streams answer) and publishes refresh's observations; two archive-services consume
 * them: one in this JVM, undisturbed, and the shaded jar as a child process that is SIGKILLed halfway through the
 * run and started again. Each archive's {@code stream_sessions} is then scored against the simulator's sessions.
 *
 * <p>Needs {@code tools/sim-feed/target/sim-feed.jar}: {@code ./mvnw -B -o -q -pl tools/sim-feed install}, then
 * {@code ./mvnw -B -o -q -pl archive-service verify -Dit.test=ArchiveScoreIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. The CI size (20,000 channels, about 2,000 live, broadcasts of 120 min
 * on average, 120 one-minute cycles: about 2,000 broadcasts end) is changed with {@code -Dscore.channels=},
 * {@code -Dscore.steps=}, {@code -Dscore.mean-stream-minutes=}, {@code -Dscore.flap-rate=}, {@code -Dscore.seed=}.
 */
@Tag("score")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveScoreIT {

    private static final List<String> INPUTS = List.of(Topics.STREAMS_OBSERVATIONS.name(),
        Topics.STREAMS_LIFECYCLE.name(), Topics.CHANNEL_EVENTS.name(), Topics.USERS_REVOKED.name());
    private static final String OBSERVATIONS = Topics.STREAMS_OBSERVATIONS.name();
    /** Broadcasts that ended later than this before the run's end may still be inside archive's grace. */
    private static final Duration CUTOFF = Duration.ofMinutes(5);
    private static final Duration LONG = Duration.ofMinutes(30);

    private final Path dir = Path.of("target", "score", TestNames.unique("archive"));
    private ArchiveTables undisturbed;
    private ArchiveTables killed;
    private FeedResult feed;
    private long processedBeforeKill;
    private long observationsOfRun;
    private final ScoreResultFile resultFile = new ScoreResultFile();
    private final Map<String, ArchiveFigures> scored = new HashMap<>();

    @BeforeAll
    void runTheSimulatorThroughTwoArchives() throws Exception {
        TestKafka.createTopics(ArchiveTopics.ALL);
        TestDatabase first = TestPostgres.newDatabase("archive-score");
        TestDatabase second = TestPostgres.newDatabase("archive-score-kill");
        Map<String, Object> settings = new HashMap<>(ArchiveContexts.settings(first));
        String killedGroup = TestNames.unique("archive-score-kill");
        GroupOffsets.startAtEnd(settings.get("archive.consumer.group-id").toString(), INPUTS);
        GroupOffsets.startAtEnd(killedGroup, INPUTS);
        Map<TopicPartition, Long> before = GroupOffsets.ends(List.of(OBSERVATIONS));
        undisturbed = new ArchiveTables(first);
        killed = new ArchiveTables(second);
        ArchiveChild child = new ArchiveChild(second, killedGroup, dir);
        SimFeedProcess.Size size = SimFeedProcess.Size.fromSystemProperties();
        try (ApplicationContext inProcess = ApplicationContext.run(settings);
             SimFeedRun run = SimFeedRun.start(size, dir.resolve("feed"))) {
            ChildJvm archive = child.start();
            try {
                archive = killHalfwayAndRestart(run, size, archive, child, before);
                feed = run.awaitDone(LONG);
                Map<TopicPartition, Long> end = GroupOffsets.ends(List.of(OBSERVATIONS));
                observationsOfRun = processed(byPartition(end), before);
                await().atMost(LONG).pollInterval(Duration.ofSeconds(2)).until(() ->
                    caughtUp(undisturbed, before, end) && caughtUp(killed, before, end));
            } finally {
                archive.close();
            }
        }
        System.out.printf("sim-feed: %d observations from %s to %s in %.1f s; archive child killed after %d of them%n",
            feed.observations(), feed.start(), feed.end(), feed.feedMillis() / 1000.0, processedBeforeKill);
        resultFile.setup("simulated run", String.format("%,d channels, %d one-minute refresh cycles from %s, mean"
                + " broadcast %d min, flap rate %.1f %%, seed %d", size.channels(), size.steps(), feed.start(),
            size.meanStreamMinutes(), 100 * size.flapRate(), size.seed()));
        resultFile.setup("observations published", String.format("%,d", feed.observations()));
        resultFile.setup("archive child SIGKILLed after", String.format("%,d of %,d observations, then restarted",
            processedBeforeKill, observationsOfRun));
    }

    /** Writes the figures of both archives to tools/bench/results/archive-score.json (BENCHMARKS.md shows them). */
    @AfterAll
    void writeTheResultFile() {
        if (scored.size() < 2) {
            return;
        }
        resultFile.figures("undisturbed", scored.get("undisturbed"), feed.step().toSeconds());
        resultFile.figures("SIGKILLed and restarted", scored.get("killed"), feed.step().toSeconds());
        resultFile.note("Broadcasts that began and ended between two refresh cycles are left out of recall (no poller"
            + " at that interval can see them); the viewer-minutes error is over broadcasts begun and ended in the"
            + " run (the simulator invents the audience before the run of those already live).");
        resultFile.note("Viewer-minutes: lead-in from started_at, trapezoids between LIVE observations, half the time"
            + " from the last LIVE observation to the first absence (archive-service README, End detection).");
        Path file = resultFile.write(Path.of(System.getProperty("basedir", ".")).resolve("..").normalize(),
            "./mvnw -B -o -q -Pscore -pl archive-service verify -Dit.test=ArchiveScoreIT -Dtest=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
        System.out.println("score figures written to " + file);
    }

    @Test
    void anUndisturbedArchiveMatchesTheGroundTruth() {
        ArchiveFigures figures = score(undisturbed, "undisturbed", "archive-service in the test JVM, undisturbed");

        assertMeetsTheTargets(figures, undisturbed);
    }

    @Test
    void anArchiveKilledMidRunAndRestartedMatchesTheGroundTruth() {
        ArchiveFigures figures = score(killed, "killed", "archive-service jar, SIGKILLed after " + processedBeforeKill
            + " of " + observationsOfRun + " observations and restarted");

        assertThat(processedBeforeKill).isPositive().isLessThan(observationsOfRun);
        assertMeetsTheTargets(figures, killed);
    }

    private ArchiveFigures score(ArchiveTables tables, String name, String title) {
        Instant cutoff = feed.end().minus(CUTOFF);
        List<ArchivedRow> rows = tables.sessions();
        ArchiveFigures figures = ArchiveScore.score(feed.sessions(), rows, cutoff);
        scored.put(name, figures);
        Path pairs = ScoredPairs.write(dir.resolve(name + "-sessions.csv"), feed.sessions(), rows);
        System.out.println(figures.report(title) + "\n  end reasons " + tables.endReasons()
            + "\n  every session, real beside archived: " + pairs.toAbsolutePath());
        return figures;
    }

    private void assertMeetsTheTargets(ArchiveFigures figures, ArchiveTables tables) {
        assertThat(figures.expected()).as("broadcasts to score").isPositive();
        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(0.999);
        assertThat(figures.precision()).as("precision").isGreaterThanOrEqualTo(0.999);
        assertThat(figures.duplicates()).as("duplicate sessions").isZero();
        assertThat(tables.outboxDuplicates()).as("stream ids with two StreamEnded").isEmpty();
        assertThat(figures.endedLate()).as("sessions ended after the real end").isZero();
        assertThat(figures.endErrorSeconds().p95()).as("p95 end-time error (s)")
            .isLessThanOrEqualTo(feed.step().toSeconds());
        assertThat(figures.viewerMinuteError().p50()).as("median viewer-minutes error").isLessThan(0.02);
    }

    /**
     * Waits until the feed is past half of its cycles and the child has committed at least a quarter of what was
     * published so far (it lags behind under load), then SIGKILLs it and starts it again.
     */
    private ChildJvm killHalfwayAndRestart(SimFeedRun run, SimFeedProcess.Size size, ChildJvm archive, ArchiveChild child,
                                           Map<TopicPartition, Long> before) {
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!archive.alive()) {
                throw new IllegalStateException("archive child died; see " + archive.log());
            }
            long produced = processed(byPartition(GroupOffsets.ends(List.of(OBSERVATIONS))), before);
            return run.cycle() >= size.steps() / 2 && killed.migrated()
                && processed(killed.consumedOffsets(OBSERVATIONS), before) >= Math.max(1, produced / 4);
        });
        resultFile.sampleLoad();
        archive.kill();
        processedBeforeKill = processed(killed.consumedOffsets(OBSERVATIONS), before);
        return child.start();
    }

    private static boolean caughtUp(ArchiveTables tables, Map<TopicPartition, Long> before,
                                    Map<TopicPartition, Long> end) {
        if (!tables.migrated()) {
            return false;
        }
        Map<Integer, Long> consumed = tables.consumedOffsets(OBSERVATIONS);
        boolean allConsumed = end.entrySet().stream().allMatch(e -> e.getValue().equals(before.get(e.getKey()))
            || consumed.getOrDefault(e.getKey().partition(), 0L) >= e.getValue());
        return allConsumed && tables.unsentOutbox() == 0;
    }

    /** Records of the run's partitions between {@code before} and the positions (by partition number). */
    private static long processed(Map<Integer, Long> positions, Map<TopicPartition, Long> before) {
        return before.entrySet().stream().mapToLong(start -> Math.max(0,
            positions.getOrDefault(start.getKey().partition(), start.getValue()) - start.getValue())).sum();
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        Map<Integer, Long> byNumber = new HashMap<>();
        offsets.forEach((partition, offset) -> byNumber.put(partition.partition(), offset));
        return byNumber;
    }
}
