package io.streampulse.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * refresh-service against real Kafka and Redis and the embedded Twitch simulator (MANUAL clock, so the world
 * holds still, and a high rate limit). Redis runs on its own database, flushed with FLUSHDB by the rebuild
 * test (a stand-in for FLUSHALL that leaves other tests' data on the shared server alone).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefreshServiceIT implements TestPropertyProvider {

    private static final int REDIS_DB = 11;
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final String prefix = TestNames.unique("refresh-it") + ":";
    private TwitchSimulator sim;
    private List<SessionRecord> live;
    private TopicWatch watch;
    private RedisClient redisClient;
    private StatefulRedisConnection<String, String> redis;

    @Override
    public Map<String, String> getProperties() {
        TestKafka.createTopics(Topics.all());
        sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(5000).withFlapRate(0)
            .withRateLimitPerMinute(100_000).withClockMode(ClockMode.MANUAL));
        live = sim.groundTruth().liveSessions();
        watch = TopicWatch.start(TestKafka.bootstrapServers());
        redisClient = RedisClient.create(redisUri());
        redis = redisClient.connect();
        Map<String, String> p = new HashMap<>();
        p.put("micronaut.server.port", "-1");
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("redis.uri", redisUri());
        p.put("twitch.helix-url", sim.helixUrl());
        p.put("twitch.auth-url", sim.authUrl());
        p.put("streampulse.refresh.interval", INTERVAL.toSeconds() + "s");
        p.put("streampulse.refresh.due-soon", "1s");
        p.put("streampulse.refresh.claim-timeout", "3s");
        p.put("streampulse.refresh.redis-prefix", prefix);
        p.put("streampulse.refresh.consumer-group", TestNames.unique("refresh-it"));
        p.put("streampulse.refresh.marker-check-interval", "1s");
        return p;
    }

    @AfterAll
    void stop() {
        watch.close();
        redis.close();
        redisClient.shutdown();
        sim.close();
    }

    @Test
    @Order(1)
    void discoveredStreamsAreObservedInFullBatchesWithTheSimulatorsState() {
        // Given 250 streams that are live in the simulator, discovered at one instant
        List<SessionRecord> streams = live.subList(0, 250);
        long callsBefore = streamsCalls();
        discover(streams, Instant.now());

        // When they come due (one interval after their discovery)
        await().atMost(Duration.ofSeconds(30)).until(() -> streams.stream()
            .allMatch(s -> watch.latestObservation(s.broadcasterId()) != null));

        // Then each has a LIVE observation with the simulator's state (Helix gives started_at to the second),
        // from 3 calls of 100, 100 and 50 ids
        for (SessionRecord s : streams) {
            StreamObserved o = watch.latestObservation(s.broadcasterId());
            assertThat(o.status()).isEqualTo(ObservationStatus.LIVE);
            assertThat(List.of(o.stream().streamId(), o.stream().broadcasterLogin(), o.stream().viewerCount(),
                o.stream().startedAt())).isEqualTo(List.of(s.streamId(), s.login(), s.viewers(),
                s.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        assertThat(streamsCalls() - callsBefore).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aChannelThatGoesOfflineIsObservedAbsent() {
        // Given a live stream that was observed LIVE
        SessionRecord stream = live.get(260);
        discover(List.of(stream), Instant.now().minus(INTERVAL));
        await().atMost(Duration.ofSeconds(30)).until(() -> isLive(watch.latestObservation(stream.broadcasterId())));

        // When it goes offline in the simulator
        sim.control().forceOffline(stream.broadcasterId());

        // Then a following refresh observes it ABSENT
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            StreamObserved o = watch.latestObservation(stream.broadcasterId());
            return o.status() == ObservationStatus.ABSENT;
        });
    }

    @Test
    @Order(3)
    void streamEndedRemovesItFromTheActiveSetAndTombstonesItsLiveState() {
        // Given a live stream that was observed LIVE (so it has a state on the live topic)
        SessionRecord stream = live.get(270);
        discover(List.of(stream), Instant.now().minus(INTERVAL));
        await().atMost(Duration.ofSeconds(30)).until(() -> isLive(watch.latestObservation(stream.broadcasterId())));
        assertThat(activeScore(stream.broadcasterId())).isNotNull();

        // When archive announces the end of that stream
        Instant now = Instant.now();
        watch.send(Topics.STREAMS_ENDED.name(), stream.broadcasterId(), new StreamEnded(TestNames.unique("e"), now,
            SchemaVersion.CURRENT, stream.streamId(), stream.broadcasterId(), stream.login(), stream.login(),
            stream.startedAt(), now, 60, 1, 1, 1, List.of(), List.of(), List.of(), "", EndReason.ABSENT_GRACE, 1));

        // Then it leaves the active set and the live topic's last word on it is a tombstone
        await().atMost(Duration.ofSeconds(30)).until(() -> activeScore(stream.broadcasterId()) == null
            && watch.liveTombstoned(stream.broadcasterId()));
    }

    @Test
    @Order(4)
    void afterRedisLosesItsDataTheActiveSetIsRebuiltFromTheLiveTopicAndRefreshingGoesOn() {
        // Given 20 streams observed LIVE
        List<SessionRecord> streams = live.subList(280, 300);
        discover(streams, Instant.now().minus(INTERVAL));
        await().atMost(Duration.ofSeconds(30)).until(() -> streams.stream()
            .allMatch(s -> isLive(watch.latestObservation(s.broadcasterId()))));

        // When Redis loses everything
        Instant flushed = Instant.now();
        redis.sync().flushdb();

        // Then every stream is back in the active set, and each is observed again after the flush
        await().atMost(Duration.ofSeconds(60)).until(() -> streams.stream()
            .allMatch(s -> activeScore(s.broadcasterId()) != null));
        await().atMost(Duration.ofSeconds(60)).until(() -> streams.stream()
            .allMatch(s -> watch.latestObservation(s.broadcasterId()).occurredAt().isAfter(flushed)));
    }

    private void discover(List<SessionRecord> streams, Instant at) {
        for (SessionRecord s : streams) {
            StreamState state = new StreamState(s.streamId(), s.broadcasterId(), s.login(), s.login(), "", "", "",
                List.of(), s.viewers(), s.startedAt(), "", "live", "");
            watch.send(Topics.STREAMS_DISCOVERED.name(), s.broadcasterId(),
                new StreamDiscovered(TestNames.unique("e"), at, SchemaVersion.CURRENT, DiscoverySource.EXTERNAL, state));
        }
        watch.flush();
    }

    private Double activeScore(String broadcasterId) {
        int partition = TopicWatch.partitionOf(broadcasterId, Topics.STREAMS_LIVE.partitions());
        return redis.sync().zscore(prefix + "active:" + partition, broadcasterId);
    }

    private long streamsCalls() {
        return SimStats.of(sim.baseUrl()).calls("GET /streams");
    }

    private static boolean isLive(StreamObserved o) {
        return o != null && o.status() == ObservationStatus.LIVE;
    }

    private static String redisUri() {
        return TestRedis.uri() + "/" + REDIS_DB;
    }
}
