package io.streampulse.refresh.wiring;

import io.streampulse.twitch.budget.BudgetSnapshot;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitch.budget.RateLimitHeaders;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The shared Redis budget, created on first use: the service starts (and reports Redis DOWN in readiness)
 * while Redis is away; a call made then fails and the next one tries again.
 */
final class LazyRateBudget implements RateBudget {

    private final Supplier<RateBudget> factory;
    private volatile RateBudget budget;

    LazyRateBudget(Supplier<RateBudget> factory) {
        this.factory = factory;
    }

    private RateBudget budget() {
        RateBudget current = budget;
        if (current == null) {
            synchronized (this) {
                if (budget == null) {
                    budget = factory.get();
                }
                current = budget;
            }
        }
        return current;
    }

    @Override
    public CompletableFuture<Void> acquire(int points, Priority priority) {
        try {
            return budget().acquire(points, priority);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> observe(RateLimitHeaders headers) {
        return budget().observe(headers);
    }

    @Override
    public CompletableFuture<Void> blockUntil(Instant reset) {
        return budget().blockUntil(reset);
    }

    @Override
    public CompletableFuture<BudgetSnapshot> snapshot() {
        return budget().snapshot();
    }

    @Override
    public void close() {
        RateBudget current = budget;
        if (current != null) {
            current.close();
        }
    }
}
