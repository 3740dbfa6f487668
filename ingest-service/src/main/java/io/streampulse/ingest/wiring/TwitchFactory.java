package io.streampulse.ingest.wiring;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitch.budget.RedisRateBudget;
import io.streampulse.twitch.eventsub.EventSubSignatureVerifier;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.inject.Singleton;

/** The Twitch client of the service from the {@code twitch.*} settings: Helix, the shared budget, the verifier. */
@Factory
class TwitchFactory {

    @Singleton
    TwitchConfig twitchConfig(@Property(name = "twitch.helix-url") String helixUrl,
                              @Property(name = "twitch.auth-url") String authUrl,
                              @Property(name = "twitch.client-id") String clientId,
                              @Property(name = "twitch.client-secret") String clientSecret) {
        return TwitchConfig.of(helixUrl, authUrl, clientId, clientSecret);
    }

    /** The Helix budget every replica of every service shares (one Redis bucket per client id). */
    @Singleton
    @Bean(preDestroy = "close")
    RateBudget rateBudget(TwitchConfig config, StatefulRedisConnection<String, String> redis, MeterRegistry meters,
                          @Property(name = "twitch.budget.limit-per-minute") int limitPerMinute,
                          @Property(name = "twitch.budget.key-prefix") String keyPrefix) {
        BudgetSettings settings = BudgetSettings.defaults(config.clientId()).withLimitPerMinute(limitPerMinute)
            .withKeyPrefix(keyPrefix);
        return RedisRateBudget.create(redis, settings, meters);
    }

    /** Helix at REFRESH priority (subscription management); sweeps use {@code withPriority(DISCOVERY)}. */
    @Singleton
    @Bean(preDestroy = "close")
    HelixClient helixClient(TwitchConfig config, RateBudget budget, MeterRegistry meters) {
        return HelixClient.builder(config).budget(budget).meterRegistry(meters).build();
    }

    @Singleton
    EventSubSignatureVerifier eventSubSignatureVerifier(@Property(name = "twitch.eventsub.secret") String secret) {
        return new EventSubSignatureVerifier(secret);
    }
}
