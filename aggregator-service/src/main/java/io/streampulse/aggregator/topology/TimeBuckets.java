package io.streampulse.aggregator.topology;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;

/** UTC, epoch-aligned time buckets in epoch milliseconds: 5 minutes, hours, days and ISO weeks (Monday). */
final class TimeBuckets {

    static final long FIVE_MINUTES = Duration.ofMinutes(5).toMillis();
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final long DAY = Duration.ofDays(1).toMillis();
    static final long WEEK = Duration.ofDays(7).toMillis();
    /** 1970-01-01 was a Thursday: ISO weeks start three days earlier, on Monday 1969-12-29. */
    private static final long MONDAY_OFFSET = 3 * DAY;

    private TimeBuckets() {
    }

    static long floor(long epochMillis, long size) {
        return Math.floorDiv(epochMillis, size) * size;
    }

    /** Start of the ISO week (Monday 00:00 UTC) holding the instant. */
    static long weekStart(long epochMillis) {
        return floor(epochMillis + MONDAY_OFFSET, WEEK) - MONDAY_OFFSET;
    }

    /** The weekday-hour cell of the instant: 0 (Monday 00h) .. 167 (Sunday 23h). */
    static int weekHourCell(long epochMillis) {
        return (int) ((epochMillis - weekStart(epochMillis)) / HOUR);
    }

    static DayOfWeek weekday(int cell) {
        return DayOfWeek.of(cell / 24 + 1);
    }

    static int hourOfDay(int cell) {
        return cell % 24;
    }

    static Instant instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }
}
