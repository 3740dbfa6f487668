package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static io.streampulse.aggregator.topology.Expected.channelDay;
import static io.streampulse.aggregator.topology.Expected.game;
import static io.streampulse.aggregator.topology.Expected.platform;
import static io.streampulse.aggregator.topology.Expected.schedule;
import static io.streampulse.aggregator.topology.Expected.tag;
import static io.streampulse.aggregator.topology.MidnightScenario.ALPHA;
import static io.streampulse.aggregator.topology.MidnightScenario.BRAVO;
import static io.streampulse.aggregator.topology.MidnightScenario.GTA;
import static io.streampulse.aggregator.topology.MidnightScenario.JUST_CHATTING;
import static io.streampulse.contracts.stats.StatsGranularity.DAY;
import static io.streampulse.contracts.stats.StatsGranularity.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.LeaderboardEntry;
import io.streampulse.contracts.stats.LeaderboardKind;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole statistics topology over {@link MidnightScenario}: two channels across an hour and a day boundary. */
class StatisticsTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyHarness topology;

    @BeforeEach
    void pipeTheScenario() {
        // Given the topology, When the scenario's observations and stream end arrive one by one in time order
        topology = new TopologyHarness(TestSettings.with(StatisticsMetrics.NONE), stateDir);
        MidnightScenario.events().forEach(topology::pipe);
    }

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void channelDailyCreditsEachIntervalToItsStartAndSplitsItAtMidnight() {
        // Then minutes and viewer-minutes integrate [previous, next) observation, capped at 2 min, split at midnight,
        // plus each stream's lead-in from started_at and its tail: alpha 22:57-22:58 at 100 (63 min, 6300 on
        // 05-01) and half of 00:01-00:02 at 300 (00:00-00:01:30, 1.5 min rounded to 2, 450); bravo 23:55-23:56 at
        // 40 (205 + 40 = 245 in 5 min), and half of 00:10-00:12 (its end) at 100 (335 + 100 = 435 in 5 min)
        assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
            channelDay(ALPHA, "2024-05-01", "2024-05-02T00:00:00Z", 63, 6300, 100, 100.0, 1),
            channelDay(ALPHA, "2024-05-02", "2024-05-02T00:01:30Z", 2, 450, 300, 300.0, 1),
            channelDay(BRAVO, "2024-05-01", "2024-05-02T00:00:00Z", 5, 245, 70, 49.0, 1),
            channelDay(BRAVO, "2024-05-02", "2024-05-02T00:11:00Z", 5, 435, 100, 87.0, 1)));
    }

    @Test
    void gamesPerHourAndPerDayCountEachChannelOnceAndCreditThePreviousGame() {
        // Then the game switch credits the interval before it to GTA V, and channels live are distinct channels;
        // alpha's lead-in (22:57-22:58, 100) falls in Just Chatting's 22:00 hour, bravo's (23:55-23:56, 40) in GTA's
        // 23:00 hour, and both tails (alpha 150, bravo 100, until 00:11) in Just Chatting's 00:00 hour
        assertSameStats(topology.latest(Topics.STATS_GAME_HOURLY), byKey(
            game(HOUR, JUST_CHATTING, "2024-05-01T22:00:00Z", "2024-05-01T23:00:00Z", 300, 1, 100),
            game(HOUR, JUST_CHATTING, "2024-05-01T23:00:00Z", "2024-05-02T00:00:00Z", 6000, 1, 100),
            game(HOUR, JUST_CHATTING, "2024-05-02T00:00:00Z", "2024-05-02T00:11:00Z", 730, 2, 300),
            game(HOUR, GTA, "2024-05-01T23:00:00Z", "2024-05-02T00:00:00Z", 245, 1, 70),
            game(HOUR, GTA, "2024-05-02T00:00:00Z", "2024-05-02T00:02:00Z", 155, 1, 80)));
        assertSameStats(topology.latest(Topics.STATS_GAME_DAILY), byKey(
            game(DAY, JUST_CHATTING, "2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z", 6300, 1, 100),
            game(DAY, JUST_CHATTING, "2024-05-02T00:00:00Z", "2024-05-02T00:11:00Z", 730, 2, 300),
            game(DAY, GTA, "2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z", 245, 1, 70),
            game(DAY, GTA, "2024-05-02T00:00:00Z", "2024-05-02T00:02:00Z", 155, 1, 80)));
    }

    @Test
    void tagsAreNormalisedBeforeTheyAddUp() {
        // Then "English"/"english" and " RP " count as english and rp (alpha 63 + 1.5 min, bravo 5 + 5 min, as
        // in the channels' days)
        assertSameStats(topology.latest(Topics.STATS_TAG_DAILY), byKey(
            tag("english", "2024-05-01", "2024-05-02T00:00:00Z", 68 / 60.0, 6545),
            tag("chill", "2024-05-01", "2024-05-02T00:00:00Z", 63 / 60.0, 6300),
            tag("rp", "2024-05-01", "2024-05-02T00:00:00Z", 5 / 60.0, 245),
            tag("english", "2024-05-02", "2024-05-02T00:11:00Z", 6.5 / 60.0, 885),
            tag("chill", "2024-05-02", "2024-05-02T00:01:30Z", 1.5 / 60.0, 450),
            tag("rp", "2024-05-02", "2024-05-02T00:11:00Z", 5 / 60.0, 435)));
    }

    @Test
    void platformFiveMinutesGivesAverageConcurrentViewersAndDistinctChannels() {
        // Then each 5-minute window holds viewer-minutes / 5 and the channels live in it: 22:55 has alpha's lead-in
        // (22:57-23:00 at 100), 23:55 bravo's (23:55-00:00: 245), 00:00 alpha's tail (00:01-00:01:30 at 300: 300 +
        // 150 + bravo's 335), 00:10 bravo's tail (00:10-00:11 at 100)
        Map<String, PlatformStatsComputed> expected = new LinkedHashMap<>();
        put(expected, platform(at("2024-05-01T22:55:00Z"), at("2024-05-01T23:00:00Z"), 60, 1));
        for (Instant start = at("2024-05-01T23:00:00Z"); start.isBefore(at("2024-05-01T23:55:00Z"));
             start = start.plusSeconds(300)) {
            put(expected, platform(start, start.plusSeconds(300), 100, 1));
        }
        put(expected, platform(at("2024-05-01T23:55:00Z"), at("2024-05-02T00:00:00Z"), 149, 2));
        put(expected, platform(at("2024-05-02T00:00:00Z"), at("2024-05-02T00:04:00Z"), 157, 2));
        put(expected, platform(at("2024-05-02T00:10:00Z"), at("2024-05-02T00:11:00Z"), 20, 1));
        assertSameStats(topology.latest(Topics.STATS_PLATFORM_5M), expected);
    }

    @Test
    void scheduleMarksEveryWeekdayHourWithLiveViewing() {
        // Then each weekday-hour with viewing is live in 1 of 1 observed week (the channels' first week), first
        // marked by the lead-ins (alpha 22:57, bravo 23:55)
        String monday = "2024-04-29T00:00:00Z";
        String nextMonday = "2024-05-06T00:00:00Z";
        assertSameStats(topology.latest(Topics.STATS_CHANNEL_SCHEDULE), byKey(
            schedule(ALPHA, DayOfWeek.WEDNESDAY, 22, "2024-05-01T22:57:00Z", monday, nextMonday, 1, 1),
            schedule(ALPHA, DayOfWeek.WEDNESDAY, 23, "2024-05-01T23:00:00Z", monday, nextMonday, 1, 1),
            schedule(ALPHA, DayOfWeek.THURSDAY, 0, "2024-05-02T00:00:00Z", monday, nextMonday, 1, 1),
            schedule(BRAVO, DayOfWeek.WEDNESDAY, 23, "2024-05-01T23:55:00Z", monday, nextMonday, 1, 1),
            schedule(BRAVO, DayOfWeek.THURSDAY, 0, "2024-05-02T00:00:00Z", monday, nextMonday, 1, 1)));
    }

    @Test
    void leaderboardsRankCurrentViewersAndDropChannelsThatWentOffline() {
        // When the boards are read
        List<KeyValue<String, LeaderboardComputed>> boards = topology.all(Topics.STATS_LEADERBOARD);

        // Then the minute before alpha went ABSENT ranks both channels and both games
        assertSameStats(board(boards, LeaderboardKind.CHANNELS, "2024-05-02T00:01:00Z"), new LeaderboardComputed(
            Expected.ANY_ID, at("2024-05-02T00:02:00Z"), 1, LeaderboardKind.CHANNELS, at("2024-05-02T00:01:00Z"),
            at("2024-05-02T00:02:00Z"), List.of(new LeaderboardEntry(1, "1001", "alpha", "Alpha", 300),
                new LeaderboardEntry(2, "2002", "bravo", "Bravo", 80))));
        assertSameStats(board(boards, LeaderboardKind.GAMES, "2024-05-02T00:01:00Z"), new LeaderboardComputed(
            Expected.ANY_ID, at("2024-05-02T00:02:00Z"), 1, LeaderboardKind.GAMES, at("2024-05-02T00:01:00Z"),
            at("2024-05-02T00:02:00Z"), List.of(new LeaderboardEntry(1, JUST_CHATTING.id(), "", JUST_CHATTING.name(), 300),
                new LeaderboardEntry(2, GTA.id(), "", GTA.name(), 80))));
        // And the latest boards, published when bravo's stream ended, hold bravo alone
        Map<String, LeaderboardComputed> latest = new LinkedHashMap<>();
        boards.forEach(board -> latest.put(board.key, board.value));
        assertSameStats(latest, Map.of(
            "channels", new LeaderboardComputed(Expected.ANY_ID, at("2024-05-02T00:12:00Z"), 1, LeaderboardKind.CHANNELS,
                at("2024-05-02T00:10:00Z"), at("2024-05-02T00:11:00Z"),
                List.of(new LeaderboardEntry(1, "2002", "bravo", "Bravo", 100))),
            "games", new LeaderboardComputed(Expected.ANY_ID, at("2024-05-02T00:12:00Z"), 1, LeaderboardKind.GAMES,
                at("2024-05-02T00:10:00Z"), at("2024-05-02T00:11:00Z"),
                List.of(new LeaderboardEntry(1, JUST_CHATTING.id(), "", JUST_CHATTING.name(), 100)))));
    }

    @Test
    void nothingIsDeadLetteredOrDropped() {
        // Then valid, timely input produces no dead letters and no late drops
        assertThat(topology.all(Topics.DEADLETTER)).isEmpty();
        assertThat(topology.droppedRecords()).isZero();
    }

    private static LeaderboardComputed board(List<KeyValue<String, LeaderboardComputed>> boards, LeaderboardKind kind,
                                             String windowStart) {
        return boards.stream().map(board -> board.value)
            .filter(board -> board.board() == kind && board.windowStart().equals(at(windowStart)))
            .reduce((first, second) -> second).orElseThrow();
    }

    private static void put(Map<String, PlatformStatsComputed> map, PlatformStatsComputed stats) {
        map.put(stats.key(), stats);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
