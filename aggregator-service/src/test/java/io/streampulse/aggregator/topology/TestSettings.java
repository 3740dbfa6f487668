package io.streampulse.aggregator.topology;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.AutoOffsetReset;

/** Topology settings of the tests: a 60 s refresh (2 min gap cap), 10 min grace, boards every minute. */
final class TestSettings {

    static final Instant NOW = Instant.parse("2024-05-03T12:00:00Z");

    private TestSettings() {
    }

    static TopologySettings with(StatisticsMetrics metrics) {
        return new TopologySettings(Duration.ofMinutes(2), Duration.ofMinutes(10), 10, Duration.ofMinutes(1), 4,
            Duration.ofDays(1), Duration.ofSeconds(1), AutoOffsetReset.earliest(), "aggregator", Clock.fixed(NOW, ZoneOffset.UTC), metrics);
    }

    static TopologySettings withScheduleWeeks(int weeks) {
        TopologySettings base = with(StatisticsMetrics.NONE);
        return new TopologySettings(base.maxObservationGap(), base.grace(), base.leaderboardSize(),
            base.leaderboardInterval(), weeks, base.eventDedupeWindow(), base.preAggregationInterval(), base.inputOffsetReset(), base.serviceName(), base.clock(),
            base.metrics());
    }

    static TopologySettings withLeaderboardSize(int size) {
        TopologySettings base = with(StatisticsMetrics.NONE);
        return new TopologySettings(base.maxObservationGap(), base.grace(), size, base.leaderboardInterval(),
            base.scheduleWeeks(), base.eventDedupeWindow(), base.preAggregationInterval(), base.inputOffsetReset(), base.serviceName(), base.clock(),
            base.metrics());
    }
}
