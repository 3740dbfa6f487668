package io.streampulse.aggregator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.streampulse.aggregator.pipeline.AggregatorInstance.Identity;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service against real Kafka, PostgreSQL and Redis: observations, stream ends and channel events
 * on the real topics become rollup rows and Redis leaderboards equal to the topology test's figures; a replay
 * changes nothing; a restart in the middle, on the same or on an empty state directory, and a second instance
 * joining in the middle (tasks rebalanced across both) end in the same rollups as an uninterrupted run
 * (exactly-once state restored from the changelogs).
 */
class AggregatorPipelineIT {

    private static final List<String> INPUTS = List.of(Topics.STREAMS_OBSERVATIONS.name(), Topics.STREAMS_ENDED.name(),
        Topics.CHANNEL_EVENTS.name());

    @TempDir
    Path stateDirs;

    private Inputs inputs;
    private ConsumerLag lag;

    @BeforeEach
    void inputTopics() {
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_ENDED, Topics.CHANNEL_EVENTS));
        inputs = new Inputs();
        lag = new ConsumerLag();
    }

    @AfterEach
    void close() {
        inputs.close();
        lag.close();
    }

    @Test
    void rollupsAndLeaderboardsEqualTheScenarioAndAReplayChangesNothing() {
        // Given a running service
        PipelineScenario scenario = PipelineScenario.recent(TestNames.unique("p").substring(2));
        Identity identity = identity("pipeline");
        TestDatabase database = TestPostgres.newDatabase("aggregator-pipeline");
        List<Event> observations = observations(scenario.streams());
        List<Event> ends = ends(scenario.streams());
        List<Event> channelEvents = scenario.channelEvents();
        try (AggregatorInstance service = AggregatorInstance.start(identity, database, stateDirs.resolve("a"));
             StoredRollups stored = new StoredRollups(database)) {
            awaitConsuming(identity, scenario);

            // When the scenario is produced to the real topics (the end after the observations it summarises)
            inputs.send(observations);
            inputs.send(channelEvents);
            awaitConsumed(identity, Topics.STREAMS_OBSERVATIONS.name());
            inputs.send(ends);

            // Then the rollups and leaderboards reach the scenario's figures
            RollupAssertions expected = new RollupAssertions(new ExpectedRollups(scenario), stored, identity.redisPrefix());
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(expected::hold);

            // When the same records are produced again and the topology has consumed them
            inputs.send(observations);
            inputs.send(ends);
            inputs.send(channelEvents);
            await().atMost(Duration.ofMinutes(1)).until(() -> lag.caughtUp(identity.applicationId(), INPUTS));

            // Then nothing changes
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(expected::hold);
        }
    }

    @Test
    void aRestartOnTheSameStateDirectoryEndsInTheUninterruptedResult() {
        restartMidRun("restart-same", false);
    }

    @Test
    void aRestartOnAnEmptyStateDirectoryRestoresFromTheChangelogs() {
        restartMidRun("restart-fresh", true);
    }

    private void restartMidRun(String name, boolean freshStateDir) {
        // Given a running service that has started on the first half of the scenario (up to midnight)
        PipelineScenario scenario = PipelineScenario.recent(TestNames.unique("r").substring(2));
        Identity identity = identity(name);
        TestDatabase database = TestPostgres.newDatabase("aggregator-" + name);
        List<Event> observations = observations(scenario.streams());
        List<Event> beforeMidnight = observations.stream()
            .filter(event -> event.occurredAt().isBefore(scenario.at("00:00:00", 1))).toList();
        List<Event> afterMidnight = observations.subList(beforeMidnight.size(), observations.size());
        try (StoredRollups stored = new StoredRollups(database)) {
            try (AggregatorInstance first = AggregatorInstance.start(identity, database, stateDirs.resolve(name + "-1"))) {
                awaitConsuming(identity, scenario);
                inputs.send(beforeMidnight);
                inputs.send(scenario.channelEvents());
                // When it is stopped in the middle of it
                await().atMost(Duration.ofMinutes(1)).until(() -> !stored.rows(
                    "select broadcaster_id from channel_daily where broadcaster_id = ?", scenario.alpha()).isEmpty());
            }
            Path secondStateDir = stateDirs.resolve(name + (freshStateDir ? "-2" : "-1"));
            try (AggregatorInstance second = AggregatorInstance.start(identity, database, secondStateDir)) {
                // And started again, and the rest arrives
                inputs.send(afterMidnight);
                awaitConsumed(identity, Topics.STREAMS_OBSERVATIONS.name());
                inputs.send(ends(scenario.streams()));

                // Then the rollups and leaderboards are those of an uninterrupted run
                RollupAssertions expected = new RollupAssertions(new ExpectedRollups(scenario), stored,
                    identity.redisPrefix());
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(expected::hold);
            }
        }
    }

    @Test
    void aSecondInstanceTakesOverTasksMidRunWithoutLosingOrDoublingAnything() {
        // Given one running instance that has started on the first half of the scenario
        PipelineScenario scenario = PipelineScenario.recent(TestNames.unique("s").substring(2));
        Identity identity = identity("scale");
        TestDatabase database = TestPostgres.newDatabase("aggregator-scale");
        List<Event> observations = observations(scenario.streams());
        List<Event> beforeMidnight = observations.stream()
            .filter(event -> event.occurredAt().isBefore(scenario.at("00:00:00", 1))).toList();
        try (StoredRollups stored = new StoredRollups(database);
             AggregatorInstance first = AggregatorInstance.start(identity, database, stateDirs.resolve("scale-1"))) {
            awaitConsuming(identity, scenario);
            inputs.send(beforeMidnight);
            inputs.send(scenario.channelEvents());

            // When a second instance joins and the group rebalances its tasks across both
            try (AggregatorInstance second = AggregatorInstance.start(identity, database, stateDirs.resolve("scale-2"))) {
                await().atMost(Duration.ofMinutes(2))
                    .until(() -> first.activeTasks() > 0 && second.activeTasks() > 0);
                inputs.send(observations.subList(beforeMidnight.size(), observations.size()));
                awaitConsumed(identity, Topics.STREAMS_OBSERVATIONS.name());
                inputs.send(ends(scenario.streams()));

                // Then together they end in the uninterrupted result
                RollupAssertions expected = new RollupAssertions(new ExpectedRollups(scenario), stored,
                    identity.redisPrefix());
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(expected::hold);
            }
        }
    }

    /** Waits until the topology has a committed position on every input partition (it reads from "latest"). */
    private void awaitConsuming(Identity identity, PipelineScenario scenario) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (lag.positionedEverywhere(identity.applicationId(), INPUTS)) {
                return true;
            }
            inputs.touchEveryPartition(scenario.run(), scenario.at("12:00:00", 0));
            return false;
        });
        assertThat(lag.caughtUp(identity.applicationId(), INPUTS)).isTrue();
    }

    /** Waits until the topology has committed past everything on {@code topic}. */
    private void awaitConsumed(Identity identity, String topic) {
        await().atMost(Duration.ofMinutes(1)).until(() -> lag.caughtUp(identity.applicationId(), List.of(topic)));
    }

    private static List<Event> observations(List<Event> streams) {
        return streams.stream().filter(event -> event instanceof StreamObserved).toList();
    }

    private static List<Event> ends(List<Event> streams) {
        return streams.stream().filter(event -> !(event instanceof StreamObserved)).toList();
    }

    private static Identity identity(String name) {
        String unique = TestNames.unique("aggregator-" + name);
        return new Identity(unique, unique + "-sink", unique + ":");
    }
}
