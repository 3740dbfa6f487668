package io.streampulse.twitchsim.ratelimit;

import java.util.function.LongSupplier;

/**
 * Helix's token bucket: {@code limit} points, refilled continuously at limit/60 points per second, measured on the
 * wall clock (Ratelimit-Reset is Unix epoch seconds, which clients compare with their own clocks).
 */
final class TokenBucket {
    private final LongSupplier nanoTime;
    private final LongSupplier epochMillis;
    private double limit;
    private double tokens;
    private long lastRefill;

    TokenBucket(int limit, LongSupplier nanoTime, LongSupplier epochMillis) {
        this.nanoTime = nanoTime;
        this.epochMillis = epochMillis;
        this.limit = limit;
        this.tokens = limit;
        this.lastRefill = nanoTime.getAsLong();
    }

    synchronized Decision take(int points) {
        refill();
        boolean allowed = tokens >= points;
        if (allowed) {
            tokens -= points;
        }
        return new Decision(allowed, (int) limit, (int) Math.floor(tokens), resetEpochSeconds());
    }

    synchronized void resize(int newLimit) {
        refill();
        tokens = Math.min(newLimit, tokens + Math.max(0, newLimit - limit));
        limit = newLimit;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        double seconds = (now - lastRefill) / 1e9;
        tokens = Math.min(limit, tokens + seconds * limit / 60.0);
        lastRefill = now;
    }

    private long resetEpochSeconds() {
        double missing = limit - tokens;
        double secondsToFull = missing <= 0 ? 0 : missing / (limit / 60.0);
        return (long) Math.ceil((epochMillis.getAsLong() + secondsToFull * 1000) / 1000.0);
    }

    /** The outcome of one request and the three Ratelimit-* header values. */
    record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds) { }
}
