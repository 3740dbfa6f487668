package io.streampulse.simfeed.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.simfeed.kafka.KafkaFeedOutput;
import io.streampulse.testkit.TestKafka;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feed against the embedded simulator and the real Kafka broker: what it publishes is what refresh would
 * publish for the simulator's world, checked against the simulator's own ground truth.
 */
class SimFeedIT {

    /** Yesterday noon: a recent past, so record timestamps are inside every retention. */
    private static final Instant START = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 0)
        .toInstant(ZoneOffset.UTC);

    @BeforeAll
    static void topics() {
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_DISCOVERED));
    }

    @Test
    void everyActiveChannelIsObservedOncePerCycleLiveWhenTheWorldHasItLiveAndAbsentUntilDropped() {
        // Given a world whose streams never flap, and a feed recording the world's live streams at each cycle
        SimConfig config = world(0.0);
        Map<Instant, Set<String>> liveStreams = new TreeMap<>();
        Map<TopicPartition, Long> before = TopicRecords.ends(Topics.STREAMS_OBSERVATIONS);
        List<StepReport> reports = new ArrayList<>();
        try (TwitchSimulator sim = TwitchSimulator.start(config);
             HelixClient helix = SimulatorHelix.client(sim);
             KafkaFeedOutput output = new KafkaFeedOutput(TestKafka.bootstrapServers())) {
            StepListener truth = at -> liveStreams.put(at, streamIds(sim.groundTruth().liveSessions()));
            SimFeed feed = new SimFeed(sim.clock(), new HelixStreams(helix, 8), output, FeedSettings.defaults(),
                List.of(truth));

            // When it runs 15 cycles a minute apart
            reports.add(feed.start());
            for (int step = 0; step < 14; step++) {
                reports.add(feed.step());
            }
        }
        List<TopicRecords.Read<StreamObserved>> read = TopicRecords.since(Topics.STREAMS_OBSERVATIONS, before);

        // Then each observation is keyed by its channel, stamped with its sim time, at one of the cycles
        assertThat(read).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().broadcasterId());
            assertThat(record.timestamp()).isEqualTo(record.value().occurredAt().toEpochMilli());
        });
        assertThat(read.stream().map(r -> r.value().occurredAt()).collect(Collectors.toSet()))
            .isEqualTo(liveStreams.keySet());
        // And at every cycle the LIVE observations are exactly the world's live streams
        Map<Instant, List<StreamObserved>> byCycle = read.stream().map(TopicRecords.Read::value)
            .collect(Collectors.groupingBy(StreamObserved::occurredAt, TreeMap::new, Collectors.toList()));
        byCycle.forEach((at, observed) -> {
            Set<String> observedLive = observed.stream().filter(o -> o.status() == ObservationStatus.LIVE)
                .map(o -> o.stream().streamId()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(observedLive).as("live at %s", at).isEqualTo(liveStreams.get(at));
        });
        // And each channel once per cycle, with the counts the cycle reported
        byCycle.forEach((at, observed) -> assertThat(observed.stream().map(StreamObserved::broadcasterId).distinct()
            .count()).isEqualTo(observed.size()));
        assertThat(reports.stream().mapToInt(StepReport::observations).sum()).isEqualTo(read.size());
        assertThat(reports.get(0).absent()).isZero();
        // And a channel whose stream ended is observed ABSENT at six cycles (five minutes) after its last LIVE one
        assertThat(absencesAfterLastLive(byCycle, liveStreams)).isNotEmpty().allSatisfy(
            (channel, absences) -> assertThat(absences).as("channel %s", channel).isEqualTo(6));
    }

    @Test
    void aChannelTheSweepsAddIsAlsoPublishedAsDiscoveredOnce() {
        // Given a feed that publishes discoveries over a flapping world
        SimConfig config = world(0.05);
        Map<TopicPartition, Long> before = TopicRecords.ends(Topics.STREAMS_DISCOVERED);
        int added = 0;
        try (TwitchSimulator sim = TwitchSimulator.start(config);
             HelixClient helix = SimulatorHelix.client(sim);
             KafkaFeedOutput output = new KafkaFeedOutput(TestKafka.bootstrapServers())) {
            SimFeed feed = new SimFeed(sim.clock(), new HelixStreams(helix, 8), output,
                FeedSettings.defaults().withPublishDiscovered(true), List.of());

            // When it runs a few cycles
            added += feed.start().discovered();
            for (int step = 0; step < 4; step++) {
                added += feed.step().discovered();
            }
        }

        // Then every channel added to the active set was published once, with its state from the sweep
        List<StreamDiscovered> discovered = TopicRecords.since(Topics.STREAMS_DISCOVERED, before).stream()
            .map(TopicRecords.Read::value).toList();
        assertThat(discovered).hasSize(added);
        assertThat(discovered.stream().map(d -> d.stream().broadcasterId()).distinct().count()).isEqualTo(added);
        assertThat(discovered).allSatisfy(d -> assertThat(d.stream().streamId()).isNotBlank());
    }

    /** For channels whose last LIVE observation is followed by ABSENT ones: how many ABSENT ones (only when the run
     *  lasted long enough after it to drop the channel). */
    private static Map<String, Integer> absencesAfterLastLive(Map<Instant, List<StreamObserved>> byCycle,
                                                              Map<Instant, Set<String>> liveStreams) {
        Map<String, Instant> lastLive = new HashMap<>();
        Map<String, Integer> absences = new HashMap<>();
        byCycle.forEach((at, observed) -> observed.forEach(o -> {
            if (o.status() == ObservationStatus.LIVE) {
                lastLive.put(o.broadcasterId(), at);
                absences.put(o.broadcasterId(), 0);
            } else {
                absences.merge(o.broadcasterId(), 1, Integer::sum);
            }
        }));
        Instant last = ((TreeMap<Instant, Set<String>>) liveStreams).lastKey();
        Map<String, Integer> dropped = new TreeMap<>();
        lastLive.forEach((channel, at) -> {
            if (at.plus(Duration.ofMinutes(7)).isBefore(last) && absences.get(channel) > 0) {
                dropped.put(channel, absences.get(channel));
            }
        });
        return dropped;
    }

    private static Set<String> streamIds(List<SessionRecord> sessions) {
        return sessions.stream().map(SessionRecord::streamId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static SimConfig world(double flapRate) {
        return SimConfig.defaults().withClockMode(ClockMode.MANUAL).withStartTime(START).withChannels(3000)
            .withFlapRate(flapRate).withMeanStreamDuration(Duration.ofMinutes(20)).withRateLimitPerMinute(1_000_000);
    }
}
