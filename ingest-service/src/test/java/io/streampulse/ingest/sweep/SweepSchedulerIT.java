package io.streampulse.ingest.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The service sweeps on its own schedule: cycle after cycle, new streams only, on the shared budget. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepSchedulerIT implements TestPropertyProvider {

    private TwitchSimulator sim;
    private TopicTail<StreamDiscovered> discovered;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        TestKafka.createTopics(Topics.writtenBy(Services.INGEST));
        discovered = TopicTail.of(Topics.STREAMS_DISCOVERED);
        sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(2000));
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("streampulse.ingest.redis-prefix", TestNames.unique("ingest") + ":");
        properties.put("twitch.budget.key-prefix", TestNames.unique("budget") + ":");
        properties.put("twitch.helix-url", sim.helixUrl());
        properties.put("twitch.auth-url", sim.authUrl());
        properties.put("streampulse.sweep.interval", "1s");
        properties.put("streampulse.sweep.poll-interval", "200ms");
        properties.put("streampulse.sweep.split-languages", "en,es,de,other");
        properties.put("streampulse.subscriptions.enabled", "false");
        return properties;
    }

    @AfterAll
    void stop() {
        discovered.close();
        sim.close();
    }

    @Test
    void sweepsRunCycleAfterCycleAndPublishOnlyNewStreams() {
        // When the service has run several sweep cycles on its own
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.counter("ingest.sweep.cycles").count() >= 3);

        // Then the streams of the swept languages were discovered, each once
        Set<String> simStreams = sim.groundTruth().sessions().stream().map(SessionRecord::streamId)
            .collect(Collectors.toSet());
        var records = discovered.values(d -> simStreams.contains(d.stream().streamId()));
        assertThat(records).hasSizeGreaterThan(100);
        assertThat(records).extracting(d -> d.stream().streamId()).doesNotHaveDuplicates();
        assertThat(records).allSatisfy(d -> assertThat(d.source()).isEqualTo(DiscoverySource.SWEEP));
        assertThat(records).extracting(d -> d.stream().language()).containsOnly("en", "es", "de", "other");
        assertThat(meters.counter("ingest.sweep.splits", "outcome", "completed").count()).isGreaterThanOrEqualTo(12);
    }
}
