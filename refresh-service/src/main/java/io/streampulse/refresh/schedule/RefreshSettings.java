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
 * @param claimTimeout how long claimed streams stay out of other batches while their call is in flight: a claim
 *                    marks them due again {@code claimTimeout} later, so when the replica dies mid-call the new
 *                    owner of their partition refreshes them then, not one whole interval after the claim
 * @param yieldUntilOverdue a batch whose stalest stream is overdue by no more than this yields to discovery (asks
 *                    the shared budget at DISCOVERY priority: it leaves the reserve to discovery sweeps and shares
 *                    what is above it); a batch more overdue is urgent (REFRESH priority: first, down to the last
 *                    point). Alone on the budget refresh still uses all of it; with sweeps running it keeps its
 *                    streams within interval + this and discovery gets the rest, so neither starves
 */
public record RefreshSettings(Duration interval, Duration dueSoon, int batchSize, int maxInFlight,
                              Duration idlePause, Duration claimTimeout, Duration yieldUntilOverdue) {

    public static final int MAX_BATCH = 100;

    public RefreshSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(dueSoon, "dueSoon");
        Objects.requireNonNull(idlePause, "idlePause");
        Objects.requireNonNull(claimTimeout, "claimTimeout");
        Objects.requireNonNull(yieldUntilOverdue, "yieldUntilOverdue");
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
        if (claimTimeout.compareTo(dueSoon) <= 0 || claimTimeout.compareTo(interval) > 0) {
            throw new IllegalArgumentException("claimTimeout must be in (dueSoon, interval]: " + claimTimeout);
        }
        if (yieldUntilOverdue.isNegative()) {
            throw new IllegalArgumentException("yieldUntilOverdue must not be negative: " + yieldUntilOverdue);
        }
    }

    /** Whether a batch whose stalest stream was last refreshed at {@code stalestMillis} is urgent at {@code now}. */
    public boolean urgent(long stalestMillis, long nowMillis) {
        return nowMillis - interval.toMillis() - stalestMillis > yieldUntilOverdue.toMillis();
    }

    /**
     * The refresh time a claim gives its streams at {@code nowMillis}: due again one claim timeout later (the
     * call records the real observation time when it succeeds, or gives the old time back when it fails).
     */
    public long inFlightScore(long nowMillis) {
        return nowMillis - interval.toMillis() + claimTimeout.toMillis();
    }

    /**
     * 60 s interval, 5 s due-soon window, 100 ids per call, 8 calls in flight, 100 ms idle pause, 20 s claims,
     * urgent once overdue by more than 6 s (10 % of the interval).
     */
    public static RefreshSettings defaults() {
        return new RefreshSettings(Duration.ofSeconds(60), Duration.ofSeconds(5), MAX_BATCH, 8,
            Duration.ofMillis(100), Duration.ofSeconds(20), Duration.ofSeconds(6));
    }
}
