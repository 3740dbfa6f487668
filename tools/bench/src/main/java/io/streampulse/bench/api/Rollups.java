package io.streampulse.bench.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Game and tag totals per day collected from the generated sessions, and the synthetic platform curve. */
final class Rollups {

    static final int GAMES = 2000;
    static final int TAGS = 200;
    private static final int MAX_DAYS = 400;

    private final long[][] gameViewerMinutes = new long[GAMES][MAX_DAYS];
    private final int[][] gameChannels = new int[GAMES][MAX_DAYS];
    private final int[][] gamePeak = new int[GAMES][MAX_DAYS];
    private final double[][] tagHours = new double[TAGS][MAX_DAYS];
    private final long[][] tagViewerMinutes = new long[TAGS][MAX_DAYS];

    /** A number in [0, size), small ones far more often (a few games and tags have most of the viewers). */
    static int biased(SplittableRandom random, int size) {
        return (int) (size * Math.pow(random.nextDouble(), 3));
    }

    static String gameId(int game) {
        return Integer.toString(10_000 + game);
    }

    void game(int game, int ago, long viewerMinutes, int peak) {
        gameViewerMinutes[game][ago] += viewerMinutes;
        gameChannels[game][ago]++;
        gamePeak[game][ago] = Math.max(gamePeak[game][ago], peak);
    }

    void tags(int[] tags, int ago, double hours, long viewerMinutes) {
        for (int tag : tags) {
            tagHours[tag][ago] += hours;
            tagViewerMinutes[tag][ago] += viewerMinutes;
        }
    }

    Map<String, Long> write(Connection connection, LocalDate today, int days) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Instant computed = Instant.now();
        try (CopyWriter games = new CopyWriter(connection, "aggregator.game_daily", "game_id, day, game_name,"
            + " viewer_minutes, channels_live, peak_viewers, computed_at, event_id")) {
            for (int game = 0; game < GAMES; game++) {
                for (int ago = 0; ago < days; ago++) {
                    if (gameChannels[game][ago] > 0) {
                        games.row(gameId(game), today.minusDays(ago), "Game " + game, gameViewerMinutes[game][ago],
                            gameChannels[game][ago], gamePeak[game][ago], computed, "seed");
                    }
                }
            }
            rows.put("aggregator.game_daily", games.rows());
        }
        try (CopyWriter tags = new CopyWriter(connection, "aggregator.tag_daily", "tag, day, hours_streamed,"
            + " viewer_minutes, computed_at, event_id")) {
            for (int tag = 0; tag < TAGS; tag++) {
                for (int ago = 0; ago < days; ago++) {
                    if (tagViewerMinutes[tag][ago] > 0) {
                        tags.row("tag" + tag, today.minusDays(ago), Math.round(tagHours[tag][ago] * 100) / 100.0,
                            tagViewerMinutes[tag][ago], computed, "seed");
                    }
                }
            }
            rows.put("aggregator.tag_daily", tags.rows());
        }
        rows.put("aggregator.platform_5m", platform(connection, today, days, computed));
        return rows;
    }

    private static long platform(Connection connection, LocalDate today, int days, Instant computed)
        throws SQLException {
        try (CopyWriter platform = new CopyWriter(connection, "aggregator.platform_5m", "window_start,"
            + " total_viewers, live_channels, computed_at, event_id")) {
            Instant start = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = Instant.now();
            for (Instant window = start; window.isBefore(end); window = window.plusSeconds(300)) {
                double minuteOfDay = (window.getEpochSecond() % 86_400) / 60.0;
                double shape = 1 + 0.45 * Math.sin(2 * Math.PI * (minuteOfDay - 12 * 60) / 1440);
                platform.row(window, Math.round(2_000_000 * shape), Math.round(80_000 * shape), computed, "seed");
            }
            return platform.rows();
        }
    }
}
