package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.LeaderboardEntry;
import io.streampulse.contracts.stats.LeaderboardKind;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaderboards: top-n by current viewers, ties by id, games summed over their channels, stale channels out. */
class LeaderboardTest {

    private static final Game X = new Game("x", "Game X");
    private static final Game Y = new Game("y", "Game Y");
    private static final Game Z = new Game("z", "Game Z");

    @TempDir
    Path stateDir;

    @Test
    void ranksTheTopChannelsAndGamesOfTheIntervalThatJustClosed() {
        // Given boards of 3 entries, a channel not observed since 14:57 and four channels observed in 15:00-15:01
        try (TopologyHarness topology = new TopologyHarness(TestSettings.withLeaderboardSize(3), stateDir)) {
            topology.pipe(List.of(
                channel("50", "uniform").live("2024-05-01T14:57:00Z", X, 9999),
                channel("100", "papa").live("2024-05-01T15:00:10Z", X, 500),
                channel("200", "quebec").live("2024-05-01T15:00:20Z", Y, 300),
                channel("300", "romeo").live("2024-05-01T15:00:30Z", Y, 400),
                channel("250", "tango").live("2024-05-01T15:00:40Z", Z, 400),
                // When event time enters the next interval
                channel("400", "sierra").live("2024-05-01T15:01:05Z", X, 50)));

            // Then the 15:00 boards hold the top 3 (tango before romeo on a tie), games summed, uniform stale
            assertSameStats(topology.latest(Topics.STATS_LEADERBOARD), Map.of(
                "channels", board(LeaderboardKind.CHANNELS, List.of(
                    new LeaderboardEntry(1, "100", "papa", "Papa", 500),
                    new LeaderboardEntry(2, "250", "tango", "Tango", 400),
                    new LeaderboardEntry(3, "300", "romeo", "Romeo", 400))),
                "games", board(LeaderboardKind.GAMES, List.of(
                    new LeaderboardEntry(1, "y", "", "Game Y", 700),
                    new LeaderboardEntry(2, "x", "", "Game X", 500),
                    new LeaderboardEntry(3, "z", "", "Game Z", 400)))));
        }
    }

    private static Channel channel(String id, String login) {
        return new Channel(id, login, Character.toUpperCase(login.charAt(0)) + login.substring(1), "s-" + id, List.of());
    }

    private static LeaderboardComputed board(LeaderboardKind kind, List<LeaderboardEntry> entries) {
        return new LeaderboardComputed(Expected.ANY_ID, Instant.parse("2024-05-01T15:01:05Z"), 1, kind,
            Instant.parse("2024-05-01T15:00:00Z"), Instant.parse("2024-05-01T15:01:00Z"), entries);
    }
}
