package io.streampulse.faultcheck.score;

import java.time.Duration;
import java.time.Instant;

/** A span of wall-clock time, {@code [start, end)}. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " .. " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
