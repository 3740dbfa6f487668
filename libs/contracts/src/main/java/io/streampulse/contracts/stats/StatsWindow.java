package io.streampulse.contracts.stats;

import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.time.ZoneOffset;

/** Checks and key parts shared by the windowed statistics records (windows are [start, end) in UTC). */
final class StatsWindow {

    static final String KEY_SEPARATOR = "|";

    private StatsWindow() {
    }

    static void check(Instant windowStart, Instant windowEnd) {
        Require.present(windowStart, "window_start");
        Require.present(windowEnd, "window_end");
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException(
                "window_end " + windowEnd + " must be after window_start " + windowStart);
        }
    }

    /** The UTC calendar day of a window start, e.g. 2024-05-01. */
    static String day(Instant windowStart) {
        return windowStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            if (key.length() > 0) {
                key.append(KEY_SEPARATOR);
            }
            key.append(part);
        }
        return key.toString();
    }
}
