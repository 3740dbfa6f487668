package io.streampulse.api.ratelimit;

import java.time.Duration;

/**
 * Fixed-window rate limiting: time is cut into windows of equal length (aligned to the epoch, so every replica
 * agrees), a client's requests in the current window are counted in one shared counter, and the request that takes
 * the count above the limit is refused until the window ends.
 */
final class FixedWindow {

    /**
     * What to do with one request and what to tell the client (IETF RateLimit header fields): {@code remaining}
     * requests left in the window, {@code resetSeconds} until it ends. {@code known} is false when the counter could
     * not be read (the request is let through and no figures are sent).
     */
    record Decision(boolean allowed, boolean known, long limit, long remaining, long resetSeconds) {

        static Decision unknown(long limit) {
            return new Decision(true, false, limit, limit, 0);
        }
    }

    private final long windowMillis;

    FixedWindow(Duration window) {
        if (window.toMillis() < 1000) {
            throw new IllegalArgumentException("the rate-limit window must be at least one second");
        }
        this.windowMillis = window.toMillis();
    }

    /** The counter of {@code client} in the window that contains {@code nowMillis}. */
    String counterKey(String client, long nowMillis) {
        return client + ":" + nowMillis / windowMillis;
    }

    /** How long a counter must live: to the end of its window, plus slack for clock skew between replicas. */
    Duration counterTtl() {
        return Duration.ofMillis(windowMillis + 5_000);
    }

    /** The decision for a request that brought the window's count to {@code count}. */
    Decision decide(long count, long limit, long nowMillis) {
        long windowEnd = (nowMillis / windowMillis + 1) * windowMillis;
        long resetSeconds = Math.max(1, (windowEnd - nowMillis + 999) / 1000);
        return new Decision(count <= limit, true, limit, Math.max(0, limit - count), resetSeconds);
    }
}
