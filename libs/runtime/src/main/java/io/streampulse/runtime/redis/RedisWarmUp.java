package io.streampulse.runtime.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.streampulse.runtime.error.Errors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the Redis connection right after start-up, off the start-up thread, so the first readiness
 * check answers within its timeout instead of paying for the connect. A Redis that is down is only
 * logged: the service starts anyway and readiness reports Redis DOWN until it answers.
 */
@Singleton
@Requires(property = RedisFactory.ENABLED, notEquals = "false")
class RedisWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RedisWarmUp.class);

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;
    private final ExecutorService executor;

    RedisWarmUp(BeanProvider<StatefulRedisConnection<String, String>> connection,
                @Named(TaskExecutors.IO) ExecutorService executor) {
        this.connection = connection;
        this.executor = executor;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        executor.execute(() -> {
            try {
                connection.get();
            } catch (RuntimeException e) {
                LOG.warn("Redis is not reachable yet; readiness reports it DOWN until it is: {}", Errors.rootCause(e));
            }
        });
    }
}
