package io.streampulse.aggregator.streams;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The statistics settings ({@code streampulse.aggregator.*}); see the README's settings table.
 *
 * @param maxObservationGap  longest interval one observation is credited for (about 2x the refresh interval)
 * @param grace              how late a record may be and still count in its window
 * @param leaderboardSize    entries per leaderboard
 * @param leaderboardInterval how often (event time) the leaderboards are published
 * @param scheduleWeeks      weeks the schedule heatmap looks back
 * @param eventDedupeWindow  how long a channel event id is remembered
 * @param preAggregationInterval how often the partial sums before a repartition are sent on
 * @param inputOffsetReset   where a new application id starts reading the input topics: earliest or latest
 */
@ConfigurationProperties("streampulse.aggregator")
public record AggregatorSettings(
    Duration maxObservationGap,
    Duration grace,
    int leaderboardSize,
    Duration leaderboardInterval,
    int scheduleWeeks,
    Duration eventDedupeWindow,
    Duration preAggregationInterval,
    InputOffsetReset inputOffsetReset) {

    /** Where a new application id starts reading the input topics. */
    public enum InputOffsetReset {
        EARLIEST,
        LATEST
    }
}
