package io.streampulse.twitch.budget;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** The bucket of one process: the same arithmetic as token-bucket.lua, under a lock. */
final class InMemoryBucketStore implements BucketStore {

    private final Clock clock;
    private final BudgetSettings settings;
    private long limit;
    private double tokens;
    private long updatedAt;
    private long blockedUntil;

    InMemoryBucketStore(BudgetSettings settings, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.limit = settings.limitPerMinute();
        this.tokens = Math.min(settings.initialTokens(), settings.capacity(limit));
        this.updatedAt = clock.millis();
    }

    @Override
    public synchronized CompletableFuture<TakeDecision> tryTake(int points, long floor) {
        long now = refill();
        if (now < blockedUntil) {
            return CompletableFuture.completedFuture(new TakeDecision(false, blockedUntil - now, tokens));
        }
        if (tokens - points >= floor) {
            tokens -= points;
            return CompletableFuture.completedFuture(new TakeDecision(true, 0, tokens));
        }
        long wait = (long) Math.ceil((points + floor - tokens) / ratePerMilli());
        return CompletableFuture.completedFuture(new TakeDecision(false, wait, tokens));
    }

    @Override
    public synchronized CompletableFuture<BudgetSnapshot> correct(long remaining, long headerLimit) {
        refill();
        if (headerLimit > 0) {
            limit = headerLimit;
        }
        tokens = Math.min(Math.min(tokens, remaining), settings.capacity(limit));
        return snapshot();
    }

    @Override
    public synchronized CompletableFuture<BudgetSnapshot> block(long waitMillis) {
        long now = refill();
        blockedUntil = Math.max(blockedUntil, now + waitMillis);
        tokens = 0;
        return snapshot();
    }

    @Override
    public synchronized CompletableFuture<BudgetSnapshot> snapshot() {
        long now = refill();
        return CompletableFuture.completedFuture(new BudgetSnapshot(tokens, limit, Math.max(0, blockedUntil - now)));
    }

    @Override
    public void close() {
        // nothing held
    }

    private long refill() {
        long now = clock.millis();
        if (now > updatedAt) {
            tokens = Math.min(settings.capacity(limit), tokens + (now - updatedAt) * ratePerMilli());
            updatedAt = now;
        }
        return now;
    }

    private double ratePerMilli() {
        return limit / 60_000.0;
    }
}
