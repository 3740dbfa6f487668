package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static io.streampulse.aggregator.topology.Expected.channelDay;
import static io.streampulse.aggregator.topology.Expected.platform;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.stats.StatsGranularity;
import java.nio.file.Path;
import java.time.Duration;
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
        // Given a channel observed at 60 viewers (its stream started long before) with a 30-minute gap, a one-call
        // flap, a duplicate, a reordered old observation, and then a new stream that Twitch says started at 10:39
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
                channel.streaming("stream-2").startedAt("2024-05-01T10:39:00Z").live("2024-05-01T10:40:00Z", CHESS, 60),
                channel.streaming("stream-2").startedAt("2024-05-01T10:39:00Z").live("2024-05-01T10:41:00Z", CHESS, 60)));

            // Then 2 min of lead-in (capped) + 2 min (capped) + 1 min + 2 min across the flap (half a minute as the
            // ABSENT's tail, the rest when the stream is back) + 1 min of tail when stream-2 shows (half the 7 min,
            // capped first) + 1 min of stream-2's lead-in from its started_at + 1 min are credited, in 2 sessions
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T10:41:00Z", 10, 600, 60, 60.0, 2)));
            // And the duplicate and the reordered observation were ignored and counted
            assertThat(metrics.outOfOrder).isEqualTo(2);
        }
    }

    @Test
    void aStreamEndThatOvertakesItsLastObservationsDoesNotCutTheirCredit() {
        // Given a channel whose stream (started 10:00) ends (last LIVE 10:02) before its 10:01 and 10:02 observations
        // are processed
        Channel channel = new Channel("6006", "foxtrot", "Foxtrot", "stream-f", List.of())
            .startedAt("2024-05-01T10:00:00Z");
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir)) {
            topology.pipe(List.of(
                channel.live("2024-05-01T10:00:00Z", CHESS, 40),
                channel.ended("2024-05-01T10:05:00Z", "2024-05-01T10:02:00Z"),
                channel.live("2024-05-01T10:01:00Z", CHESS, 40),
                channel.live("2024-05-01T10:02:00Z", CHESS, 40),
                // When the stream's end arrives again after them (a later end, as archive would not resend)
                channel.ended("2024-05-01T10:06:00Z", "2024-05-01T10:02:00Z"),
                channel.live("2024-05-01T10:03:00Z", CHESS, 40)));

            // Then 10:00-10:02 is credited with its tail up to the end record (half of 10:02-10:06, capped first:
            // 10:02-10:03), and nothing after the end (10:03 waits for its own next observation; its lead-in would
            // start at 10:03, where the tail stopped)
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T10:03:00Z", 3, 120, 40, 40.0, 1)));
        }
    }

    @Test
    void aLateRecordCountsWithinTheGraceAndIsDroppedAndCountedBeyondIt() {
        // Given stream time at 12:30 (grace 10 min): yankee's 12:30-12:31 is credited (each stream starts at its
        // first observation: no lead-in)
        Channel yankee = new Channel("3003", "yankee", "Yankee", "stream-y", List.of()).startedAt("2024-05-01T12:00:00Z");
        Channel zulu = new Channel("4004", "zulu", "Zulu", "stream-z", List.of()).startedAt("2024-05-01T12:22:00Z");
        Channel whiskey = new Channel("5005", "whiskey", "Whiskey", "stream-w", List.of())
            .startedAt("2024-05-01T12:05:00Z");
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

    @Test
    void aStreamCountsFromItsStartedAtAndHalfTheGapBeforeItsEnd() {
        // Given a stream Twitch says started at 11:59:30, first observed at 12:00:10 (60 viewers), again at 12:01:10
        // (90), and ABSENT at 12:02:10
        Channel channel = new Channel("1212", "kilo", "Kilo", "stream-k", List.of("Speedrun"))
            .startedAt("2024-05-01T11:59:30Z");
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir)) {
            topology.pipe(List.of(
                channel.live("2024-05-01T12:00:10Z", CHESS, 60),
                channel.live("2024-05-01T12:01:10Z", CHESS, 90),
                channel.absent("2024-05-01T12:02:10Z")));

            // Then the lead-in 11:59:30-12:00:10 counts at the first observation's 60 viewers (40 s, 40 viewer-min),
            // 12:00:10-12:01:10 at 60 (60), and the tail, half of 12:01:10-12:02:10, at the last observation's 90
            // (30 s, 45): 130 s (2 min rounded), 145 viewer-min
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T12:01:40Z", 2, 145, 90, 66.92, 1)));
            // And the lead-in's first 30 s lie in the 11:00 hour, still open (grace 10 min)
            assertSameStats(topology.latest(Topics.STATS_GAME_HOURLY), byKey(
                Expected.game(StatsGranularity.HOUR, CHESS, "2024-05-01T11:00:00Z", "2024-05-01T12:00:00Z", 30, 1, 60),
                Expected.game(StatsGranularity.HOUR, CHESS, "2024-05-01T12:00:00Z", "2024-05-01T12:01:40Z", 115, 1, 90)));
        }
    }

    @Test
    void aLeadInIsClippedToTheWindowsStillOpen() {
        // Given a 1-minute grace and stream time at 12:32 (the 12:25-12:30 window closed at 12:31)
        Channel yankee = new Channel("3003", "yankee", "Yankee", "stream-y", List.of()).startedAt("2024-05-01T12:30:00Z");
        Channel lima = new Channel("1313", "lima", "Lima", "stream-l", List.of()).startedAt("2024-05-01T12:20:00Z");
        try (TopologyHarness topology = new TopologyHarness(withGrace(Duration.ofMinutes(1)), stateDir)) {
            topology.pipe(List.of(
                yankee.live("2024-05-01T12:30:00Z", CHESS, 10),
                yankee.live("2024-05-01T12:31:00Z", CHESS, 10),
                yankee.live("2024-05-01T12:32:00Z", CHESS, 10)));

            // When a stream started at 12:20 is first observed at 12:31:30 (lead-in from 12:29:30, capped at 2 min)
            topology.pipe(List.of(
                lima.live("2024-05-01T12:31:30Z", CHESS, 60),
                lima.absent("2024-05-01T12:32:30Z")));

            // Then its lead-in counts from 12:30, the earliest 5-minute window still open, and nothing is dropped:
            // 12:30-12:31:30 at 60, then the tail 12:31:30-12:32 (2 min, 120 viewer-min)
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(lima, "2024-05-01", "2024-05-01T12:32:00Z", 2, 120, 60, 60.0, 1),
                channelDay(yankee, "2024-05-01", "2024-05-01T12:32:00Z", 2, 20, 10, 10.0, 1)));
            assertThat(topology.droppedRecords()).isZero();
        }
    }

    private static TopologySettings withGrace(Duration grace) {
        TopologySettings base = TestSettings.with(StatisticsMetrics.NONE);
        return new TopologySettings(base.maxObservationGap(), grace, base.leaderboardSize(), base.leaderboardInterval(),
            base.scheduleWeeks(), base.eventDedupeWindow(), base.preAggregationInterval(), base.inputOffsetReset(),
            base.serviceName(), base.clock(), base.metrics());
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
