package io.streampulse.contracts.stats;

/** What a leaderboard ranks. */
public enum LeaderboardKind {
    CHANNELS,
    GAMES
}
