package io.streampulse.refresh.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler paces refreshes.
 *
 * @param interval    target time between two refreshes of a stream
 * @param dueSoon     how early a not-yet-due stream may fill up a batch that due streams alone cannot fill
 * @param batchSize   ids per Helix call (Twitch's maximum: 100)
 * @param maxInFlight Helix calls in flight at once in this replica (so latency does not cap throughput)
 * @param idlePause   pause of the loop when nothing is due
 */
public record RefreshSettings(Duration interval, Duration dueSoon, int batchSize, int maxInFlight,
                              Duration idlePause) {

    public static final int MAX_BATCH = 100;

    public RefreshSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(dueSoon, "dueSoon");
        Objects.requireNonNull(idlePause, "idlePause");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (dueSoon.isNegative() || dueSoon.compareTo(interval) >= 0) {
            throw new IllegalArgumentException("dueSoon must be in [0, interval): " + dueSoon);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be in [1, 100]: " + batchSize);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be positive: " + maxInFlight);
        }
    }

    /** 60 s interval, 5 s due-soon window, 100 ids per call, 8 calls in flight, 100 ms idle pause. */
    public static RefreshSettings defaults() {
        return new RefreshSettings(Duration.ofSeconds(60), Duration.ofSeconds(5), MAX_BATCH, 8,
            Duration.ofMillis(100));
    }
}
