package io.streampulse.archive.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Capped exponential backoff between attempts at a batch that failed for a transient reason: the pause after the
 * n-th consecutive failure is {@code initial * 2^(n-1)}, at most {@code max}, counted from the failure. A success
 * starts over. Used by the consumer thread only.
 */
public final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant retryAt = Instant.MIN;

    public RetryBackoff(Duration initial, Duration max) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max but were " + initial + " and " + max);
        }
    }

    /** Whether the pause after the last failure is over at {@code now}. */
    public boolean mayAttempt(Instant now) {
        return !now.isBefore(retryAt);
    }

    /** Records a failure at {@code failedAt}; returns the pause before the next attempt. */
    public Duration failed(Instant failedAt) {
        failures++;
        Duration pause = pause(failures);
        retryAt = failedAt.plus(pause);
        return pause;
    }

    public void succeeded() {
        failures = 0;
        retryAt = Instant.MIN;
    }

    public int consecutiveFailures() {
        return failures;
    }

    private Duration pause(int failure) {
        Duration pause = initial;
        for (int i = 1; i < failure && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
