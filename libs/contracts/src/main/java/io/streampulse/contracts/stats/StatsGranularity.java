package io.streampulse.contracts.stats;

/** The size of a statistics window. */
public enum StatsGranularity {
    FIVE_MINUTES,
    HOUR,
    DAY
}
