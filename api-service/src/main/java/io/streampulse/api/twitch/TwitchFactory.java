package io.streampulse.api.twitch;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.auth.UserAuthClient;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitch.budget.RedisRateBudget;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixClientBuilder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The Twitch clients of api-service from the {@code twitch.*} settings: the OAuth client of the login flow, and
 * Helix (Get Users, to resolve logins) inside the Helix budget every replica of every service shares.
 */
@Factory
class TwitchFactory {

    @Singleton
    TwitchConfig twitchConfig(@Property(name = "twitch.helix-url") String helixUrl,
                              @Property(name = "twitch.auth-url") String authUrl,
                              @Property(name = "twitch.client-id") String clientId,
                              @Property(name = "twitch.client-secret") String clientSecret) {
        return TwitchConfig.of(helixUrl, authUrl, clientId, clientSecret);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RateBudget rateBudget(TwitchConfig config, StatefulRedisConnection<String, String> redis, MeterRegistry meters,
                          @Property(name = "twitch.budget.limit-per-minute") int limitPerMinute,
                          @Property(name = "twitch.budget.key-prefix") String keyPrefix) {
        BudgetSettings settings = BudgetSettings.defaults(config.clientId()).withLimitPerMinute(limitPerMinute)
            .withKeyPrefix(keyPrefix);
        return RedisRateBudget.create(redis, settings, meters);
    }

    @Singleton
    @Bean(preDestroy = "close")
    HelixClient helixClient(TwitchConfig config, RateBudget budget, MeterRegistry meters) {
        return HelixClient.builder(config).budget(budget).meterRegistry(meters).build();
    }

    @Singleton
    UserAuthClient userAuthClient(TwitchConfig config) {
        return new UserAuthClient(config, HelixClientBuilder.defaultHttpClient(config), Clock.systemUTC());
    }

    @Singleton
    ChannelLookup channelLookup(HelixClient helix, TwitchConfig config,
                                @Property(name = "streampulse.api.channels.cache-ttl") Duration ttl,
                                @Property(name = "streampulse.api.channels.unknown-ttl") Duration unknownTtl,
                                @Property(name = "streampulse.api.channels.cache-size") int size) {
        // Lookups come from the public (anyone may ask for any login): they yield to refresh's share of the budget.
        return new CachingChannelLookup(new HelixChannelLoader(helix.withPriority(Priority.DISCOVERY),
            config.requestTimeout().multipliedBy(2)),
            new CachingChannelLookup.Settings(ttl, unknownTtl, size), Clock.systemUTC());
    }
}
