package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static io.streampulse.aggregator.topology.Expected.channelDay;
import static io.streampulse.aggregator.topology.Expected.platform;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How observations are credited: the gap cap, flaps, new streams, duplicates, and records that come late. */
class TimelineRulesTest {

    private static final Game CHESS = new Game("743", "Chess");

    @TempDir
    Path stateDir;

    @Test
    void gapsAreCappedFlapsBridgedAndANewStreamStartsAfresh() {
        // Given a channel observed at 60 viewers with a 30-minute gap, a one-call flap, a duplicate, a
        // reordered old observation, and then a new stream
        Channel channel = new Channel("7007", "golf", "Golf", "stream-1", List.of());
        RecordingMetrics metrics = new RecordingMetrics();
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(metrics), stateDir)) {
            var duplicated = channel.live("2024-05-01T10:31:00Z", CHESS, 60);
            topology.pipe(List.of(
                channel.live("2024-05-01T10:00:00Z", CHESS, 60),
                channel.live("2024-05-01T10:30:00Z", CHESS, 60),
                duplicated,
                duplicated,
                channel.live("2024-05-01T10:15:00Z", CHESS, 999),
                channel.absent("2024-05-01T10:32:00Z"),
                channel.live("2024-05-01T10:33:00Z", CHESS, 60),
                channel.streaming("stream-2").live("2024-05-01T10:40:00Z", CHESS, 60),
                channel.streaming("stream-2").live("2024-05-01T10:41:00Z", CHESS, 60)));

            // Then 2 min (capped) + 1 min + 2 min (across the flap) + 1 min are credited, in 2 sessions
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T10:41:00Z", 6, 360, 60, 60.0, 2)));
            // And the duplicate and the reordered observation were ignored and counted
            assertThat(metrics.outOfOrder).isEqualTo(2);
        }
    }

    @Test
    void aStreamEndThatOvertakesItsLastObservationsDoesNotCutTheirCredit() {
        // Given a channel whose stream end (last LIVE 10:02) is processed before its 10:01 and 10:02 observations
        Channel channel = new Channel("6006", "foxtrot", "Foxtrot", "stream-f", List.of());
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir)) {
            topology.pipe(List.of(
                channel.live("2024-05-01T10:00:00Z", CHESS, 40),
                channel.ended("2024-05-01T10:05:00Z", "2024-05-01T10:02:00Z"),
                channel.live("2024-05-01T10:01:00Z", CHESS, 40),
                channel.live("2024-05-01T10:02:00Z", CHESS, 40),
                // When the stream's end arrives again after them (a later end, as archive would not resend)
                channel.ended("2024-05-01T10:06:00Z", "2024-05-01T10:02:00Z"),
                channel.live("2024-05-01T10:03:00Z", CHESS, 40)));

            // Then 10:00-10:02 is credited, and nothing after the end (10:03 waits for its own next observation)
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T10:02:00Z", 2, 80, 40, 40.0, 1)));
        }
    }

    @Test
    void aLateRecordCountsWithinTheGraceAndIsDroppedAndCountedBeyondIt() {
        // Given stream time at 12:30 (grace 10 min): yankee's 12:30-12:31 is credited
        Channel yankee = new Channel("3003", "yankee", "Yankee", "stream-y", List.of());
        Channel zulu = new Channel("4004", "zulu", "Zulu", "stream-z", List.of());
        Channel whiskey = new Channel("5005", "whiskey", "Whiskey", "stream-w", List.of());
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir)) {
            topology.pipe(List.of(
                yankee.live("2024-05-01T12:00:00Z", CHESS, 10),
                yankee.live("2024-05-01T12:30:00Z", CHESS, 10),
                yankee.live("2024-05-01T12:31:00Z", CHESS, 10)));

            // When zulu's 12:22 viewing (window closes 12:35) and whiskey's 12:05 viewing (closed 12:20) arrive
            topology.pipe(List.of(
                zulu.live("2024-05-01T12:22:00Z", CHESS, 20),
                zulu.live("2024-05-01T12:23:00Z", CHESS, 20),
                whiskey.live("2024-05-01T12:05:00Z", CHESS, 30),
                whiskey.live("2024-05-01T12:06:00Z", CHESS, 30)));

            // Then zulu is in its 5-minute window, whiskey's window is missing
            Map<String, PlatformStatsComputed> expected = new LinkedHashMap<>();
            for (PlatformStatsComputed window : List.of(
                platform(at("2024-05-01T12:00:00Z"), at("2024-05-01T12:02:00Z"), 4, 1),
                platform(at("2024-05-01T12:30:00Z"), at("2024-05-01T12:31:00Z"), 2, 1),
                platform(at("2024-05-01T12:20:00Z"), at("2024-05-01T12:23:00Z"), 4, 1))) {
                expected.put(window.key(), window);
            }
            assertSameStats(topology.latest(Topics.STATS_PLATFORM_5M), expected);
            // And its record (the credited minute) was dropped and counted by Kafka Streams
            assertThat(topology.droppedRecords()).isEqualTo(1.0);
            // While its day, still open, counts it
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(yankee, "2024-05-01", "2024-05-01T12:31:00Z", 3, 30, 10, 10.0, 1),
                channelDay(zulu, "2024-05-01", "2024-05-01T12:23:00Z", 1, 20, 20, 20.0, 1),
                channelDay(whiskey, "2024-05-01", "2024-05-01T12:06:00Z", 1, 30, 30, 30.0, 1)));
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
