package io.streampulse.aggregator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics records are a function of the input: a replay writes the very same records, ids included. */
class ReplayTest {

    private static final List<Topic<String, ? extends Event>> STATS = List.of(Topics.STATS_CHANNEL_DAILY,
        Topics.STATS_GAME_HOURLY, Topics.STATS_GAME_DAILY, Topics.STATS_TAG_DAILY, Topics.STATS_PLATFORM_5M,
        Topics.STATS_CHANNEL_SCHEDULE, Topics.STATS_LEADERBOARD);

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void replayingTheSameInputWritesIdenticalRecords() {
        // Given the same input processed by two fresh topologies
        List<Event> input = MidnightScenario.events();
        List<Object> once = outputs(input, first);

        // When it is processed again
        List<Object> again = outputs(input, second);

        // Then every statistics record is identical, event ids included (consumers' upserts converge)
        assertThat(again).isNotEmpty().isEqualTo(once);
    }

    private static List<Object> outputs(List<Event> input, Path stateDir) {
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir)) {
            input.forEach(topology::pipe);
            return STATS.stream().flatMap(topic -> Stream.of(topic.name(), topology.all(topic))).toList();
        }
    }
}
