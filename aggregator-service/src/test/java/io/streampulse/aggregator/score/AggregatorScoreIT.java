package io.streampulse.aggregator.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.streampulse.aggregator.score.AggregatorChild.Identity;
import io.streampulse.aggregator.score.SimFeedRun.GroundTruth;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.ChildJvm;
import io.streampulse.testkit.GroupOffsets;
import io.streampulse.testkit.SimFeedProcess;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import io.streampulse.testkit.TestRedis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ground-truth score of the statistics (issue #7). tools/sim-feed runs the simulator on a MANUAL clock (1 % of live
 * streams missing from each Get Streams answer) and publishes refresh's observations; two aggregator-services
 * consume them: one in this JVM, undisturbed, and the shaded jar as a child process that is SIGKILLed halfway
 * through the run and started again on the same state directory. The undisturbed rollups are compared with the
 * statistics recomputed from the raw observations and with the simulator's ground truth; the killed one's rollups
 * must be those of the undisturbed one. No StreamEnded records are produced: the timeline closes a stream on its
 * ABSENT observations (the feed keeps observing an absent channel for 5 minutes), so minutes and viewer-minutes do
 * not need them.
 *
 * <p>Needs {@code tools/sim-feed/target/sim-feed.jar}: {@code ./mvnw -B -o -q -pl tools/sim-feed install}, then
 * {@code ./mvnw -B -o -q -pl aggregator-service verify -Dit.test=AggregatorScoreIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Size: {@code -Dscore.channels=}, {@code -Dscore.steps=},
 * {@code -Dscore.mean-stream-minutes=}, {@code -Dscore.flap-rate=}, {@code -Dscore.seed=} (CI: 20,000 channels,
 * about 2,000 live, 120 one-minute cycles).
 */
@Tag("score")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatorScoreIT {

    private static final String OBSERVATIONS = Topics.STREAMS_OBSERVATIONS.name();
    private static final List<String> INPUTS = List.of(OBSERVATIONS, Topics.STREAMS_ENDED.name(),
        Topics.CHANNEL_EVENTS.name());
    private static final List<String> STATS = Topics.writtenBy("aggregator").stream()
        .filter(topic -> topic.name().startsWith("twitch.stats.")).map(Topic::name).toList();
    /** The service's max-observation-gap (its default, which both instances run with). */
    private static final Duration MAX_GAP = Duration.ofMinutes(2);
    private static final Duration LONG = Duration.ofMinutes(30);

    private final Path dir = Path.of("target", "score", TestNames.unique("aggregator"));
    private final Identity undisturbedIdentity = identity("aggregator-score");
    private final Identity killedIdentity = identity("aggregator-score-kill");
    private RollupReader undisturbed;
    private RollupReader killed;
    private GroundTruth truth;
    private Recomputation recomputed;
    private long processedBeforeKill;
    private long observationsOfRun;

    @BeforeAll
    void runTheSimulatorThroughTwoAggregators() {
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_ENDED, Topics.CHANNEL_EVENTS));
        TestKafka.createTopics(Topics.writtenBy("aggregator"));
        TestDatabase first = TestPostgres.newDatabase("aggregator-score");
        TestDatabase second = TestPostgres.newDatabase("aggregator-score-kill");
        for (Identity identity : List.of(undisturbedIdentity, killedIdentity)) {
            GroupOffsets.startAtEnd(identity.applicationId(), INPUTS);
            GroupOffsets.startAtEnd(identity.sinkGroupId(), STATS);
        }
        Map<TopicPartition, Long> before = GroupOffsets.ends(List.of(OBSERVATIONS));
        undisturbed = new RollupReader(first);
        killed = new RollupReader(second);
        AggregatorChild child = new AggregatorChild(killedIdentity, second, dir.resolve("killed"));
        SimFeedProcess.Size size = SimFeedProcess.Size.fromSystemProperties();
        Map<TopicPartition, Long> end;
        try (ApplicationContext inProcess = ApplicationContext.run(properties(undisturbedIdentity, first));
             SimFeedRun run = SimFeedRun.start(size, dir.resolve("feed"))) {
            ChildJvm aggregator = child.start();
            try {
                aggregator = killHalfwayAndRestart(run, size, aggregator, child, before);
                truth = run.awaitDone(LONG);
                long fed = System.nanoTime();
                end = GroupOffsets.ends(List.of(OBSERVATIONS));
                observationsOfRun = progress(end, before);
                awaitSettled(Map.of(undisturbedIdentity, undisturbed, killedIdentity, killed), end);
                System.out.printf("both aggregators settled %.1f s after the feed ended%n",
                    (System.nanoTime() - fed) / 1e9);
            } finally {
                aggregator.close();
            }
        }
        recomputed = Recomputation.of(ObservationsOfRun.between(before, end), MAX_GAP, truth.start());
        System.out.printf("sim-feed: %d observations from %s to %s in %.1f s; aggregator child killed after %d%n",
            truth.observations(), truth.start(), truth.end(), truth.feedMillis() / 1000.0, processedBeforeKill);
    }

    @Test
    void theRollupsAreTheStatisticsOfTheRawObservations() {
        // When the undisturbed rollups are compared with the statistics recomputed from the observations
        Agreement hours = Agreement.of("hours streamed per channel vs observations", undisturbed.channelMinutes(),
            References.channelMinutes(recomputed), 0.01);
        Agreement tags = Agreement.of("viewer-minutes per tag-day vs observations", undisturbed.tagDayViewerMinutes(),
            References.viewerMinutes(recomputed.tagDays), 0.02);
        Agreement games = Agreement.of("viewer-minutes per game-hour vs observations",
            undisturbed.gameHourViewerMinutes(), References.viewerMinutes(recomputed.gameHours), 0.02);
        System.out.println(hours + "\n" + tags + "\n" + games);

        // Then every channel, tag and game agrees
        assertThat(hours.keys()).isPositive();
        assertThat(hours.allWithinTolerance()).as(hours.toString()).isTrue();
        assertThat(tags.allWithinTolerance()).as(tags.toString()).isTrue();
        assertThat(games.allWithinTolerance()).as(games.toString()).isTrue();
    }

    @Test
    void theRollupsAgreeWithTheGroundTruth() {
        // When the undisturbed rollups are compared with the simulator's ground truth inside the run
        // (the truth counts the run only; the lead-ins before the run's first observations, of streams already
        // live then, are added to it from the recomputation, as they lie in the same channel-days and tag-days)
        Recomputation beforeRun = recomputed.beforeRun;
        System.out.printf("credited before the run began: %.1f channel-minutes%n",
            References.exactChannelMinutes(beforeRun).values().stream().mapToDouble(Double::doubleValue).sum());
        Agreement hours = Agreement.of("hours streamed per channel vs ground truth", undisturbed.channelMinutes(),
            References.plusBeforeRun(References.channelMinutes(truth), References.exactChannelMinutes(beforeRun)),
            0.01);
        Agreement tags = Agreement.of("viewer-minutes per tag-day vs ground truth", undisturbed.tagDayViewerMinutes(),
            References.plusBeforeRun(References.tagDayViewerMinutes(truth),
                References.exactViewerMinutes(beforeRun.tagDays)), 0.02);
        Agreement games = Agreement.of("viewer-minutes per game-hour vs ground truth",
            undisturbed.gameHourViewerMinutes(), References.plusBeforeRun(References.gameHourViewerMinutes(truth),
                References.exactViewerMinutes(beforeRun.gameHours)), 0.02);
        System.out.println(hours + "\n" + tags + "\n" + games);

        // Then a channel's hours streamed over the run (summed over its days) are within 1 % of the truth for the
        // median channel, and summed over channels within 1 %; tag and game viewer-minutes within 2 %, summed over
        // keys. Each broadcast counts from Twitch's started_at (the lead-in, at most the gap cap) to half-way
        // between its last LIVE observation and the first sign of its end, so the starts and ends no longer lose
        // 30 s each on average; but a single channel's end is still an estimate (up to +-30 s at a 60 s refresh),
        // more than 1 % of a channel that streamed less than about 50 minutes in the run, so not every key is
        // within 1 %. The per-key spread is printed above for the report.
        assertThat(hours.keys()).isPositive();
        assertThat(hours.p50()).as(hours.toString()).isLessThanOrEqualTo(0.01);
        assertThat(Math.abs(hours.totalError())).as(hours.toString()).isLessThanOrEqualTo(0.01);
        assertThat(Math.abs(tags.totalError())).as(tags.toString()).isLessThanOrEqualTo(0.02);
        assertThat(Math.abs(games.totalError())).as(games.toString()).isLessThanOrEqualTo(0.02);
    }

    @Test
    void anAggregatorKilledMidRunAndRestartedEndsInTheUninterruptedRollups() {
        // Given the child was SIGKILLed in the middle of the run
        assertThat(processedBeforeKill).isPositive().isLessThan(observationsOfRun);

        // Then its rollups and leaderboards are exactly the undisturbed instance's
        Map<String, List<String>> expected = undisturbed.everything();
        assertThat(expected.get("channel_daily")).isNotEmpty();
        assertThat(killed.everything()).isEqualTo(expected);
        assertThat(References.leaderboards(killedIdentity)).isEqualTo(References.leaderboards(undisturbedIdentity));
    }

    /**
     * Waits until the feed is past half of its cycles and the child has committed at least a quarter of what was
     * published so far (it lags behind under load), then SIGKILLs it and starts it again.
     */
    private ChildJvm killHalfwayAndRestart(SimFeedRun run, SimFeedProcess.Size size, ChildJvm aggregator,
                                           AggregatorChild child, Map<TopicPartition, Long> before) {
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!aggregator.alive()) {
                throw new IllegalStateException("aggregator child died; see " + aggregator.log());
            }
            long produced = progress(GroupOffsets.ends(List.of(OBSERVATIONS)), before);
            return run.cycle() >= size.steps() / 2
                && progress(GroupOffsets.committed(killedIdentity.applicationId()), before)
                    >= Math.max(1, produced / 4);
        });
        aggregator.kill();
        processedBeforeKill = progress(GroupOffsets.committed(killedIdentity.applicationId()), before);
        return child.start();
    }

    /**
     * Waits until both topologies have committed past the whole run and nothing changes any more for 20 s: no new
     * statistics records and no new rollup rows (the sink commits each batch after writing it).
     */
    private static void awaitSettled(Map<Identity, RollupReader> aggregators, Map<TopicPartition, Long> end) {
        AtomicReference<String> last = new AtomicReference<>("");
        await().atMost(LONG).pollInterval(Duration.ofSeconds(2)).during(Duration.ofSeconds(20)).until(() -> {
            boolean consumed = aggregators.keySet().stream()
                .allMatch(identity -> caughtUp(GroupOffsets.committed(identity.applicationId()), end));
            StringBuilder now = new StringBuilder(GroupOffsets.ends(STATS).toString());
            aggregators.values().forEach(rollups -> now.append(rollups.migrated() ? rollups.fingerprint() : ""));
            return consumed && now.toString().equals(last.getAndSet(now.toString()));
        });
    }

    private static boolean caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> e.getValue() == 0
            || committed.getOrDefault(e.getKey(), -1L) >= e.getValue());
    }

    /** Records between {@code before} and the positions, over the run's partitions. */
    private static long progress(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> before) {
        return before.entrySet().stream().mapToLong(start -> Math.max(0,
            positions.getOrDefault(start.getKey(), start.getValue()) - start.getValue())).sum();
    }

    private Map<String, Object> properties(Identity identity, TestDatabase database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("kafka.streams.default.application.id", identity.applicationId());
        properties.put("kafka.streams.default.state.dir", dir.resolve("undisturbed-state").toAbsolutePath().toString());
        properties.put("kafka.streams.default.session.timeout.ms", "10000");
        properties.put("streampulse.aggregator.sink.group-id", identity.sinkGroupId());
        properties.put("streampulse.aggregator.sink.redis-key-prefix", identity.redisPrefix());
        return properties;
    }

    private static Identity identity(String name) {
        String unique = TestNames.unique(name);
        return new Identity(unique, unique + "-sink", unique + ":");
    }
}
