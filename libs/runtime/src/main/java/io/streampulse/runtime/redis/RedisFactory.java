package io.streampulse.runtime.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The Lettuce client and the one shared String connection of a service (Lettuce connections are
 * thread-safe and multiplex commands). Built here rather than by micronaut-redis, which targets
 * Lettuce 6. The connection is opened on first use and reconnects by itself after Redis restarts;
 * if Redis is down when it is first needed, creating the bean fails and the next use tries again.
 */
@Factory
@Requires(property = RedisFactory.ENABLED, notEquals = "false")
public class RedisFactory {

    /** Turns the Redis client and its health indicator off (a service that owns no Redis data). */
    public static final String ENABLED = "streampulse.redis.enabled";
    /** Where Redis is, e.g. {@code redis://localhost:6379} or {@code redis://:password@host:6379/0}. */
    public static final String URI = "redis.uri";
    static final String DEFAULT_URI = "redis://localhost:6379";

    @Singleton
    @Bean(preDestroy = "shutdown")
    RedisClient redisClient(@Property(name = URI, defaultValue = DEFAULT_URI) String uri) {
        return RedisClient.create(RedisURI.create(uri));
    }

    @Singleton
    @Bean(preDestroy = "close")
    StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
        return client.connect();
    }
}
