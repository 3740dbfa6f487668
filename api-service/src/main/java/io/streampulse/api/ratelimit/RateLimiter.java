package io.streampulse.api.ratelimit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each client's requests in the shared fixed window and decides. When the counters cannot be reached in
 * time the request is let through (availability over strictness) and counted in the outcome.
 */
final class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
    private static final long STORE_TIMEOUT_MS = 250;

    private final RateLimitStore store;
    private final FixedWindow window;
    private final LongSupplier clock;

    RateLimiter(RateLimitStore store, FixedWindow window, LongSupplier clock) {
        this.store = store;
        this.window = window;
        this.clock = clock;
    }

    CompletableFuture<FixedWindow.Decision> check(ClientIdentity client) {
        long now = clock.getAsLong();
        CompletableFuture<Long> count;
        try {
            count = store.increment(window.counterKey(client.id(), now), window.counterTtl()).toCompletableFuture();
        } catch (RuntimeException e) {
            count = CompletableFuture.failedFuture(e);
        }
        return count.orTimeout(STORE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
            .thenApply(n -> window.decide(n, client.limit(), now))
            .exceptionally(error -> {
                LOG.debug("Rate-limit counter unavailable, letting the request through: {}", error.toString());
                return FixedWindow.Decision.unknown(client.limit());
            });
    }
}
