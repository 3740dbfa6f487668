package io.streampulse.aggregator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service runs with a record cache in front of every state store (the timeline, the partial-sum buffers,
 * the boards, the windows): it may only coalesce updates between commits, never change a statistic.
 */
class RecordCacheTest {

    private static final List<Topic<String, ? extends Event>> STATS = List.of(Topics.STATS_CHANNEL_DAILY,
        Topics.STATS_GAME_HOURLY, Topics.STATS_GAME_DAILY, Topics.STATS_TAG_DAILY, Topics.STATS_PLATFORM_5M,
        Topics.STATS_CHANNEL_SCHEDULE, Topics.STATS_LEADERBOARD);

    @TempDir
    Path uncached;

    @TempDir
    Path cached;

    @Test
    void theLatestStatisticsAreTheSameWithTheRecordCacheOn() {
        // Given the scenario, once without a record cache (every update written through)
        List<Event> input = MidnightScenario.events();
        Map<String, Map<String, ?>> without = latest(input, uncached, 0);

        // When it runs with a record cache as in the service
        Map<String, Map<String, ?>> with = latest(input, cached, 10 * 1024 * 1024);

        // Then every statistics topic ends with the same value under every key, event ids included
        assertThat(without.values()).allSatisfy(byKey -> assertThat(byKey).isNotEmpty());
        assertThat(with).isEqualTo(without);
    }

    private static Map<String, Map<String, ?>> latest(List<Event> input, Path stateDir, long cacheBytes) {
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir,
            cacheBytes)) {
            topology.pipe(input);
            Map<String, Map<String, ?>> latest = new LinkedHashMap<>();
            STATS.forEach(topic -> latest.put(topic.name(), topology.latest(topic)));
            return latest;
        }
    }
}
