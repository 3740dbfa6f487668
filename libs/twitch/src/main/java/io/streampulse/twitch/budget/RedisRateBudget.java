package io.streampulse.twitch.budget;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;

/**
 * The {@link RateBudget} shared by every replica of every service using one client id: a token bucket
 * in one Redis hash ({@code settings.redisKey()}), changed only by an atomic Lua script that uses
 * Redis's clock. When Redis cannot be reached, acquisitions fail (the caller's retry policy decides);
 * Lettuce reconnects on its own.
 */
public final class RedisRateBudget {

    private RedisRateBudget() {
    }

    /** Uses the caller's connection; closing the budget leaves it open. */
    public static RateBudget create(StatefulRedisConnection<String, String> connection, BudgetSettings settings,
                                    MeterRegistry registry) {
        return new QueuedRateBudget(new RedisBucketStore(connection, null, settings), settings, registry,
                Clock.systemUTC());
    }

    /** Opens its own client and connection to {@code redisUri}; closing the budget closes them. */
    public static RateBudget create(String redisUri, BudgetSettings settings, MeterRegistry registry) {
        RedisClient client = RedisClient.create(redisUri);
        StatefulRedisConnection<String, String> connection;
        try {
            connection = client.connect();
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
        return new QueuedRateBudget(new RedisBucketStore(connection, client::shutdown, settings), settings, registry,
                Clock.systemUTC());
    }
}
