package io.streampulse.ingest.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.ingest.TopicTail;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two sweeps of a simulated Twitch with 20,000 channels (about 2,000 live, moving in real time, 1 % of streams
 * flapping out of each answer) through the running service's wiring: the union of the two sweeps must find at least
 * 99.5 % of the streams live through both, and publish each stream once.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepCoverageIT implements TestPropertyProvider {

    private TwitchSimulator sim;

    @Inject
    DiscoverySweep sweep;

    @Override
    public Map<String, String> getProperties() {
        TestKafka.createTopics(Topics.writtenBy(Services.INGEST));
        // -Dingest.coverage.speed=30 runs the world 30 times faster than real time (more churn between pages)
        double speed = Double.parseDouble(System.getProperty("ingest.coverage.speed", "1"));
        sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(20_000)
            .withRateLimitPerMinute(120_000).withSpeed(speed));
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("streampulse.ingest.redis-prefix", TestNames.unique("ingest") + ":");
        properties.put("twitch.budget.key-prefix", TestNames.unique("budget") + ":");
        properties.put("twitch.budget.limit-per-minute", "120000");
        properties.put("twitch.helix-url", sim.helixUrl());
        properties.put("twitch.auth-url", sim.authUrl());
        properties.put("streampulse.sweep.enabled", "false");
        properties.put("streampulse.subscriptions.enabled", "false");
        return properties;
    }

    @AfterAll
    void stopSimulator() {
        sim.close();
    }

    @Test
    void twoSweepsFindNearlyEveryStreamLiveThroughBothAndPublishEachOnce() {
        try (TopicTail<StreamDiscovered> discovered = TopicTail.of(Topics.STREAMS_DISCOVERED)) {
            // Given a moving world of 20,000 channels
            Instant before = sim.clock().now();

            // When two sweep cycles run
            long started = System.nanoTime();
            SweepReport first = sweep.runCycle(TestNames.unique("cycle"));
            long between = System.nanoTime();
            SweepReport second = sweep.runCycle(TestNames.unique("cycle"));
            long finished = System.nanoTime();
            Instant after = sim.clock().now();

            // Then the union covers the streams live through both, each published once
            Set<String> simStreams = sim.groundTruth().sessions().stream().map(SessionRecord::streamId)
                .collect(Collectors.toSet());
            int published = first.published() + second.published();
            List<StreamDiscovered> records = discovered.await(r -> simStreams.contains(r.value().stream().streamId()),
                published, Duration.ofSeconds(60)).stream().map(r -> r.value()).toList();
            Set<String> found = records.stream().map(d -> d.stream().streamId()).collect(Collectors.toSet());
            Set<String> liveThroughBoth = sim.groundTruth().sessions().stream()
                .filter(s -> !s.startedAt().isAfter(before) && (s.endedAt() == null || !s.endedAt().isBefore(after)))
                .map(SessionRecord::streamId).collect(Collectors.toSet());
            long covered = liveThroughBoth.stream().filter(found::contains).count();
            double coverage = (double) covered / liveThroughBoth.size();
            int duplicates = records.size() - found.size();

            System.out.printf("[ingest] sweep coverage: %d of %d streams live through both sweeps found (%.3f %%); "
                    + "%d discovered records, %d duplicates; sweep 1: %d splits, %d pages, %d streams, %d repeats, "
                    + "%d cursor restarts, %.1f s; sweep 2: %d pages, %d streams, %d new, %.1f s%n",
                covered, liveThroughBoth.size(), 100 * coverage, records.size(), duplicates, first.splits(),
                first.pages(), first.streams(), first.duplicates(), first.cursorRestarts(), (between - started) / 1e9,
                second.pages(), second.streams(), second.published(), (finished - between) / 1e9);
            assertThat(records).allSatisfy(d -> assertThat(d.source()).isEqualTo(DiscoverySource.SWEEP));
            assertThat(liveThroughBoth).hasSizeGreaterThan(1000);
            assertThat(duplicates).isZero();
            assertThat(coverage).isGreaterThanOrEqualTo(0.995);
        }
    }
}
