package io.streampulse.ingest.wiring;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.sweep.DiscoverySweep;
import io.streampulse.ingest.sweep.RedisLanguageStatsStore;
import io.streampulse.ingest.sweep.RedisSplitLeases;
import io.streampulse.ingest.sweep.SweepMetrics;
import io.streampulse.ingest.sweep.SweepSettings;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The discovery sweep from the {@code streampulse.sweep.*} settings, on Helix at DISCOVERY priority. */
@Factory
class SweepFactory {

    @Singleton
    SweepSettings sweepSettings(@Property(name = "streampulse.sweep.interval") Duration interval,
                                @Property(name = "streampulse.sweep.lease") Duration lease,
                                @Property(name = "streampulse.sweep.languages") String languages,
                                @Property(name = "streampulse.sweep.game-ids") String gameIds,
                                @Property(name = "streampulse.sweep.top-n") int topN,
                                @Property(name = "streampulse.sweep.split-languages") String splitLanguages,
                                @Property(name = "streampulse.sweep.refine-above") int refineAbove,
                                @Property(name = "streampulse.sweep.refine-games") int refineGames,
                                @Property(name = "streampulse.sweep.refine-min-game-streams") int refineMinGameStreams,
                                @Property(name = "streampulse.sweep.max-pages-per-split") int maxPages,
                                @Property(name = "streampulse.sweep.max-cursor-restarts") int maxRestarts) {
        return new SweepSettings(interval, lease, list(languages), list(gameIds), topN, list(splitLanguages),
            refineAbove, refineGames, refineMinGameStreams, maxPages, maxRestarts);
    }

    @Singleton
    DiscoverySweep discoverySweep(SweepSettings settings, StatefulRedisConnection<String, String> redis,
                                  @Property(name = "streampulse.ingest.redis-prefix") String prefix,
                                  HelixClient helix, StreamDiscoveries discoveries, MeterRegistry meters) {
        String owner = "ingest-" + UUID.randomUUID();
        RedisSplitLeases leases = new RedisSplitLeases(redis, prefix, owner, settings.lease(),
            settings.interval().multipliedBy(2));
        return new DiscoverySweep(settings, leases, new RedisLanguageStatsStore(redis, prefix),
            helix.withPriority(Priority.DISCOVERY)::getStreams, discoveries, new SweepMetrics(meters));
    }

    /** A comma-separated setting as a list; blank means empty. */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
