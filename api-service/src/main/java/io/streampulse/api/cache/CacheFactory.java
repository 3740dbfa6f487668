package io.streampulse.api.cache;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Wires the response cache from the {@code streampulse.api.cache.*} settings. */
@Factory
class CacheFactory {

    @Singleton
    CachePolicies cachePolicies(@Property(name = "streampulse.api.cache.live-ttl") Duration live,
                                @Property(name = "streampulse.api.cache.recent-ttl") Duration recent,
                                @Property(name = "streampulse.api.cache.history-ttl") Duration history,
                                @Property(name = "streampulse.api.cache.rankings-ttl") Duration rankings) {
        return CachePolicies.of(live, recent, history, rankings);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RedisSharedCache sharedCache(RedisClient client, @Property(name = "redis.uri") String uri,
                                 @Property(name = "streampulse.api.cache.redis-key-prefix") String prefix) {
        return new RedisSharedCache(client, uri, prefix);
    }

    @Singleton
    ResponseCache responseCache(RedisSharedCache shared, @Named(TaskExecutors.BLOCKING) ExecutorService loaders,
                                @Property(name = "streampulse.api.cache.local-ttl") Duration localTtl,
                                @Property(name = "streampulse.api.cache.local-max-bytes") long localMaxBytes,
                                MeterRegistry meters) {
        Map<ResponseCache.Outcome, Counter> counters = new EnumMap<>(ResponseCache.Outcome.class);
        for (ResponseCache.Outcome outcome : ResponseCache.Outcome.values()) {
            counters.put(outcome, Counter.builder("streampulse.api.cache.responses")
                .description("Read API answers by where they came from: local memory, Redis or a fresh load")
                .tag("source", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(meters));
        }
        return new ResponseCache(new LocalCache(localMaxBytes, System::nanoTime), shared, loaders, localTtl,
            outcome -> counters.get(outcome).increment());
    }
}
