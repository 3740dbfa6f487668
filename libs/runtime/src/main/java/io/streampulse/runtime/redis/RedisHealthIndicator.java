package io.streampulse.runtime.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.streampulse.runtime.error.Errors;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Readiness of Redis: a PING on the service's shared connection within {@code streampulse.redis.health-timeout}.
 * Reports the host and port only, never the URI (it may carry a password).
 */
@Singleton
@Requires(property = RedisFactory.ENABLED, notEquals = "false")
public class RedisHealthIndicator implements HealthIndicator {

    static final String NAME = "redis";

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;
    private final Duration timeout;
    private final String address;

    RedisHealthIndicator(BeanProvider<StatefulRedisConnection<String, String>> connection,
                         @Property(name = RedisFactory.URI, defaultValue = RedisFactory.DEFAULT_URI) String uri,
                         @Property(name = "streampulse.redis.health-timeout", defaultValue = "2s") Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
        RedisURI parsed = RedisURI.create(uri);
        this.address = parsed.getHost() + ":" + parsed.getPort();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        long started = System.nanoTime();
        return Mono.fromCallable(connection::get)
            .subscribeOn(Schedulers.boundedElastic())
            .flatMap(redis -> redis.reactive().ping())
            .timeout(timeout)
            .map(reply -> up(reply, Duration.ofNanos(System.nanoTime() - started)))
            .onErrorResume(error -> Mono.just(down(error)));
    }

    private HealthResult up(String reply, Duration latency) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("reply", reply);
        details.put("latency_ms", latency.toMillis());
        return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
    }

    private HealthResult down(Throwable error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("error", error instanceof TimeoutException
            ? "no PING reply within " + timeout.toMillis() + " ms" : Errors.rootCause(error));
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }
}
