package io.streampulse.aggregator.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.AutoOffsetReset;

/**
 * What the statistics topology is built with.
 *
 * @param maxObservationGap  the longest interval one observation is credited for (about 2x the refresh
 *                           interval): a gap in observations does not inflate minutes or viewer-minutes
 * @param grace              how late (in event time) a record may arrive and still count in its window
 * @param leaderboardSize    entries per leaderboard
 * @param leaderboardInterval how often (in event time) the leaderboards are published
 * @param scheduleWeeks      weeks the schedule heatmap looks back
 * @param eventDedupeWindow  how long a channel event id is remembered to drop redeliveries
 * @param preAggregationInterval how often (wall clock) the partial sums of game, tag and platform statistics
 *                           are sent on to their repartition (fewer records; that much more latency)
 * @param inputOffsetReset   where a new application id starts on the input topics (its internal topics always
 *                           start at the earliest offset)
 * @param serviceName        written into dead letters
 * @param clock              time of dead letters (statistics use event time only)
 * @param metrics            counters the topology reports to
 */
public record TopologySettings(
    Duration maxObservationGap,
    Duration grace,
    int leaderboardSize,
    Duration leaderboardInterval,
    int scheduleWeeks,
    Duration eventDedupeWindow,
    Duration preAggregationInterval,
    AutoOffsetReset inputOffsetReset,
    String serviceName,
    Clock clock,
    StatisticsMetrics metrics) {

    public TopologySettings {
        positive(maxObservationGap, "maxObservationGap");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must be >= 0");
        }
        if (leaderboardSize < 1) {
            throw new IllegalArgumentException("leaderboardSize must be >= 1");
        }
        positive(leaderboardInterval, "leaderboardInterval");
        if (scheduleWeeks < 1 || scheduleWeeks > 520) {
            throw new IllegalArgumentException("scheduleWeeks must be 1..520");
        }
        positive(eventDedupeWindow, "eventDedupeWindow");
        positive(preAggregationInterval, "preAggregationInterval");
        Objects.requireNonNull(inputOffsetReset, "inputOffsetReset");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The defaults of application.yml, for a 60 s refresh interval. */
    public static TopologySettings defaults() {
        return new TopologySettings(Duration.ofMinutes(2), Duration.ofHours(24), 100, Duration.ofMinutes(1), 8,
            Duration.ofDays(1), Duration.ofSeconds(1), AutoOffsetReset.earliest(), "aggregator", Clock.systemUTC(), StatisticsMetrics.NONE);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
