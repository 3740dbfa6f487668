package io.streampulse.ingest.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.streampulse.ingest.subscription.SubscriptionManager;
import io.streampulse.ingest.subscription.SubscriptionMetrics;
import io.streampulse.ingest.subscription.SubscriptionReconciler;
import io.streampulse.ingest.subscription.Watchlist;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** The subscription manager from the {@code twitch.eventsub.*} settings (callback URL and secret). */
@Factory
@Requires(property = "streampulse.subscriptions.enabled", value = "true")
class SubscriptionFactory {

    /** Partitions keys as Kafka's default partitioner does, so ownership follows the watchlist's partitions. */
    @Singleton
    Watchlist watchlist() {
        return new Watchlist((key, partitions) ->
            Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions);
    }

    @Singleton
    @Bean(preDestroy = "close")
    SubscriptionManager subscriptionManager(Watchlist watchlist, HelixClient helix, TwitchConfig twitch,
                                            MeterRegistry meters,
                                            @Property(name = "twitch.eventsub.callback-url") String callback,
                                            @Property(name = "twitch.eventsub.secret") String secret) {
        SubscriptionReconciler reconciler = new SubscriptionReconciler(helix, callback, secret,
            new SubscriptionMetrics(meters));
        return new SubscriptionManager(watchlist, reconciler, twitch.clientId());
    }
}
