package io.streampulse.twitch.budget;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;

/**
 * A {@link RateBudget} for one process (unit tests, a single replica, the local stack): the same
 * bucket arithmetic and priority rules as {@link RedisRateBudget}, kept in memory.
 */
public final class InMemoryRateBudget {

    private InMemoryRateBudget() {
    }

    public static RateBudget create(BudgetSettings settings) {
        return create(settings, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    public static RateBudget create(BudgetSettings settings, MeterRegistry registry, Clock clock) {
        return new QueuedRateBudget(new InMemoryBucketStore(settings, clock), settings, registry, clock);
    }
}
