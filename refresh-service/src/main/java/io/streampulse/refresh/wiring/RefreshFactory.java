package io.streampulse.refresh.wiring;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.streampulse.refresh.active.ActiveSetStore;
import io.streampulse.refresh.active.OwnedPartitions;
import io.streampulse.refresh.active.RedisActiveSetStore;
import io.streampulse.refresh.observe.RefreshMetrics;
import io.streampulse.refresh.schedule.RefreshSettings;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitch.budget.RedisRateBudget;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Builds refresh's feature objects from configuration; the features know nothing of Micronaut. */
@Factory
@Requires(property = "streampulse.refresh.enabled", notEquals = "false")
class RefreshFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    RefreshSettings refreshSettings(RefreshConfiguration config) {
        return new RefreshSettings(config.getInterval(), config.getDueSoon(), RefreshSettings.MAX_BATCH,
            config.getMaxInFlight(), config.getIdlePause(), config.getClaimTimeout(), config.getYieldUntilOverdue());
    }

    @Singleton
    OwnedPartitions ownedPartitions() {
        return new OwnedPartitions();
    }

    @Singleton
    ActiveSetStore activeSetStore(BeanProvider<StatefulRedisConnection<String, String>> redis,
                                  RefreshConfiguration config, OwnedPartitions owned, MeterRegistry registry) {
        ActiveSetStore store = new RedisActiveSetStore(redis::get, config.getRedisPrefix());
        Gauge.builder("refresh.active.streams", () -> activeStreams(store, owned))
            .description("Streams in the active set of this replica's partitions").register(registry);
        return store;
    }

    @Singleton
    RefreshMetrics refreshMetrics(MeterRegistry registry) {
        return new RefreshMetrics(registry);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RateBudget rateBudget(BeanProvider<StatefulRedisConnection<String, String>> redis,
                          @Property(name = "twitch.client-id") String clientId, MeterRegistry registry) {
        return new LazyRateBudget(() -> RedisRateBudget.create(redis.get(), BudgetSettings.defaults(clientId), registry));
    }

    @Singleton
    @Bean(preDestroy = "close")
    HelixClient helixClient(@Property(name = "twitch.helix-url") String helixUrl,
                            @Property(name = "twitch.auth-url") String authUrl,
                            @Property(name = "twitch.client-id") String clientId,
                            @Property(name = "twitch.client-secret") String clientSecret,
                            RateBudget budget, MeterRegistry registry) {
        return HelixClient.builder(TwitchConfig.of(helixUrl, authUrl, clientId, clientSecret))
            .budget(budget).meterRegistry(registry).build();
    }

    @Singleton
    @Named("refresh-producer")
    Properties producerConfig(KafkaDefaultConfiguration kafka) {
        return KafkaClientConfigs.producer(kafka, "refresh-output");
    }

    @Singleton
    @Named("refresh-consumer")
    Properties consumerConfig(KafkaDefaultConfiguration kafka, RefreshConfiguration config) {
        Set<String> known = ConsumerConfig.configNames();
        Properties properties = new Properties();
        kafka.getConfig().forEach((key, value) -> {
            if (known.contains(String.valueOf(key))) {
                properties.put(key, value);
            }
        });
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.getConsumerGroup());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "refresh-input");
        long session = config.getSessionTimeout().toMillis();
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(session));
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Long.toString(Math.max(500, session / 4)));
        return properties;
    }

    private static double activeStreams(ActiveSetStore store, OwnedPartitions owned) {
        try {
            return store.size(owned.current());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
