package io.streampulse.ingest.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.ingest.discovery.DiscoveryMetrics;
import io.streampulse.ingest.discovery.RedisKnownStreams;
import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.publish.RecordingPublisher;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Replicas share the splits of a cycle through Redis leases, and a dead replica's split moves on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepReplicasIT {

    private RedisClient redisClient;
    private StatefulRedisConnection<String, String> redis;

    @BeforeAll
    void connect() {
        redisClient = RedisClient.create(TestRedis.uri());
        redis = redisClient.connect();
    }

    @AfterAll
    void disconnect() {
        redis.close();
        redisClient.shutdown();
    }

    @Test
    void aSplitHeldByADeadReplicaMovesToAnotherOnceItsLeaseExpires() {
        String prefix = TestNames.unique("leases") + ":";
        Duration lease = Duration.ofMillis(500);
        RedisSplitLeases dying = new RedisSplitLeases(redis, prefix, "replica-a", lease, Duration.ofMinutes(1));
        RedisSplitLeases survivor = new RedisSplitLeases(redis, prefix, "replica-b", lease, Duration.ofMinutes(1));

        // Given replica A holds a split and B cannot take it
        assertThat(dying.tryAcquire("c1", "lang=fr")).isTrue();
        assertThat(survivor.tryAcquire("c1", "lang=fr")).isFalse();

        // When A stops renewing (it died), B takes the split after the lease
        await().atMost(Duration.ofSeconds(5)).until(() -> survivor.tryAcquire("c1", "lang=fr"));

        // Then A has lost it, and once B finished nobody sweeps it again in that cycle
        assertThat(dying.renew("c1", "lang=fr")).isFalse();
        survivor.complete("c1", "lang=fr");
        assertThat(dying.tryAcquire("c1", "lang=fr")).isFalse();
        assertThat(survivor.tryAcquire("c1", "lang=fr")).isFalse();
        assertThat(dying.tryAcquire("c2", "lang=fr")).isTrue();
    }

    @Test
    void twoReplicasSweepEachSplitOfACycleOnceAndPublishEachStreamOnce() {
        try (TwitchSimulator sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(5000)
                 .withRateLimitPerMinute(60_000));
             HelixClient helix = HelixClient.builder(TwitchConfig.of(sim.helixUrl(), sim.authUrl(),
                 sim.config().clientId(), sim.config().clientSecret())).build()) {
            // Given two replicas sharing Redis (leases, known streams) and Kafka (here: one recording publisher)
            String prefix = TestNames.unique("replicas") + ":";
            RecordingPublisher publisher = new RecordingPublisher();
            DiscoverySweep a = replica(prefix, "a", helix, publisher);
            DiscoverySweep b = replica(prefix, "b", helix, publisher);

            // When both take part in the same cycle at once
            CompletableFuture<SweepReport> fromA = CompletableFuture.supplyAsync(() -> a.runCycle("c1"));
            CompletableFuture<SweepReport> fromB = CompletableFuture.supplyAsync(() -> b.runCycle("c1"));
            SweepReport reportA = fromA.join();
            SweepReport reportB = fromB.join();

            // Then every split was swept by exactly one of them, and every stream published once
            System.out.printf("[ingest] two replicas, one cycle: A swept %d splits, B %d, of %d%n", reportA.swept(),
                reportB.swept(), reportA.splits());
            assertThat(reportA.swept() + reportB.swept()).isEqualTo(reportA.splits());
            assertThat(reportA.failed() + reportB.failed()).isZero();
            List<String> published = publisher.published.stream()
                .map(p -> ((StreamDiscovered) p.value()).stream().streamId()).toList();
            assertThat(published).doesNotHaveDuplicates().hasSize(reportA.published() + reportB.published());
            assertThat(published).hasSizeGreaterThan(300);
        }
    }

    private DiscoverySweep replica(String prefix, String name, HelixClient helix, RecordingPublisher publisher) {
        SweepSettings settings = new SweepSettings(Duration.ofMinutes(2), Duration.ofSeconds(30), List.of(),
            List.of(), 0, List.of("en", "es", "de", "ja", "pt", "fr", "ru", "ko", "it", "zh", "other"), 3000, 10,
            200, 1500, 3);
        StreamDiscoveries discoveries = new StreamDiscoveries(new RedisKnownStreams(redis, prefix,
            Duration.ofHours(24)), publisher, new DiscoveryMetrics(new SimpleMeterRegistry()), Clock.systemUTC(),
            Runnable::run);
        return new DiscoverySweep(settings, new RedisSplitLeases(redis, prefix, name, settings.lease(),
            Duration.ofMinutes(4)), new RedisLanguageStatsStore(redis, prefix),
            helix.withPriority(Priority.DISCOVERY)::getStreams, discoveries, new SweepMetrics(new SimpleMeterRegistry()));
    }
}
