package io.streampulse.api.readapi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The archive and aggregator rows the read API tests query, relative to today (UTC) and named with a run-unique
 * number (the Kafka topic and Redis are shared by every test of the JVM). Channel A ("alpha") has three sessions
 * (2, 8-9 and 40 days ago), daily rollups, events and event counts; channel B ("bravo") one day of rollups and
 * events; games, tags and platform points for the rankings.
 */
final class ReadApiData {

    final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    final String alphaId = run + "01";
    final String bravoId = run + "02";
    final String charlieId = run + "03";
    final String deltaId = run + "04";
    final String alpha = "alpha_" + run;
    final String bravo = "bravo_" + run;
    final String charlie = "charlie_" + run;
    final String gameId = "9" + run;
    final String tag = "Tag" + run;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final Instant alphaFirstSeen = Instant.parse("2024-01-01T00:00:00Z");
    final Instant alphaLastSeen = at(0, 0).minusSeconds(3600);
    final Instant curveBase = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 300 * 300);

    /** Midnight UTC {@code daysAgo} days ago plus {@code hour} hours and {@code minute} minutes. */
    Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atStartOfDay(ZoneOffset.UTC).toInstant()
            .plusSeconds(hour * 3600L + minute * 60L);
    }

    Instant at(int daysAgo, int hour) {
        return at(daysAgo, hour, 0);
    }

    LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    void seed(Connection db) throws SQLException {
        channels(db);
        sessions(db);
        channelDaily(db);
        events(db);
        eventsDaily(db);
        games(db);
        tags(db);
        platform(db);
    }

    private void channels(Connection db) throws SQLException {
        String sql = "insert into archive.channels values (?, ?, ?, ?, ?)";
        insert(db, sql, alphaId, alpha, "Alpha_" + run, alphaFirstSeen, alphaLastSeen);
        insert(db, sql, bravoId, bravo, "Bravo_" + run, at(20, 0), at(1, 0));
    }

    private void sessions(Connection db) throws SQLException {
        String sql = "insert into archive.stream_sessions values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?,"
            + " ?, ?, ?)";
        insert(db, sql, "a-s1", alphaId, alpha, "Alpha_" + run, at(2, 10), at(2, 12, 30), 9000L, 500, 250.5, 37575L,
            "[{\"game_id\":\"33214\",\"game_name\":\"Fortnite\",\"seconds\":5400},"
                + "{\"game_id\":\"509658\",\"game_name\":\"Just Chatting\",\"seconds\":3600}]",
            new String[] {"first", "second"}, new String[] {"English", "FPS"}, "en", "OFFLINE_EVENT", 150,
            at(2, 13), UUID.randomUUID());
        insert(db, sql, "a-s2", alphaId, alpha, "Alpha_" + run, at(9, 20), at(8, 1), 18000L, 800, 400.0, 120000L,
            "[{\"game_id\":\"33214\",\"game_name\":\"Fortnite\",\"seconds\":18000}]", new String[] {"late"},
            new String[0], "en", "ABSENT_GRACE", 300, at(8, 2), UUID.randomUUID());
        insert(db, sql, "a-s3", alphaId, alpha, "Alpha_" + run, at(40, 10), at(40, 11), 3600L, 100, 100.0, 6000L,
            "[{\"game_id\":\"21779\",\"game_name\":\"League of Legends\",\"seconds\":3600}]", new String[] {"old"},
            new String[0], "de", "NEW_STREAM", 60, at(40, 12), UUID.randomUUID());
    }

    private void channelDaily(Connection db) throws SQLException {
        String sql = "insert into aggregator.channel_daily values (?, ?, ?, ?, ?, ?, ?, ?, now(), 'e')";
        insert(db, sql, alphaId, day(2), alpha, 150L, 37575L, 500, 250.5, 1);
        insert(db, sql, alphaId, day(9), alpha, 240L, 96000L, 800, 400.0, 1);
        insert(db, sql, alphaId, day(8), alpha, 60L, 24000L, 700, 400.0, 1);
        insert(db, sql, alphaId, day(40), alpha, 60L, 6000L, 100, 100.0, 1);
        insert(db, sql, bravoId, day(1), bravo, 600L, 60000L, 200, 100.0, 2);
    }

    private void events(Connection db) throws SQLException {
        String sql = "insert into archive.channel_events values (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}'::jsonb, ?)";
        insert(db, sql, "ev-1", alphaId, "channel.follow", "u1", "user_one", "User_One", null, null, at(1, 10),
            at(1, 10));
        insert(db, sql, "ev-2", alphaId, "channel.cheer", "u2", "user_two", "User_Two", 100, null, at(1, 11),
            at(1, 11));
        insert(db, sql, "ev-3", alphaId, "channel.subscribe", "u3", "user_three", "User_Three", null, "1000",
            at(3, 9), at(3, 9));
        insert(db, sql, "ev-4", alphaId, "channel.raid", bravoId, bravo, "Bravo_" + run, 42, null, at(5, 9),
            at(5, 9));
        insert(db, sql, "ev-5", bravoId, "channel.follow", "u1", "user_one", "User_One", null, null, at(1, 12),
            at(1, 12));
    }

    private void eventsDaily(Connection db) throws SQLException {
        String sql = "insert into aggregator.channel_events_daily values (?, ?, ?, ?, ?, ?::jsonb, now(), 'e')";
        insert(db, sql, alphaId, "channel.follow", day(1), 5L, 0L, "{}");
        insert(db, sql, alphaId, "channel.cheer", day(1), 2L, 300L, "{}");
        insert(db, sql, alphaId, "channel.subscribe", day(3), 3L, 0L, "{\"1000\":3}");
        insert(db, sql, alphaId, "channel.follow", day(40), 7L, 0L, "{}");
        insert(db, sql, bravoId, "channel.follow", day(2), 20L, 0L, "{}");
    }

    private void games(Connection db) throws SQLException {
        String sql = "insert into aggregator.game_daily values (?, ?, ?, ?, ?, ?, now(), 'e')";
        insert(db, sql, "33214", day(1), "Fortnite", 5000L, 10, 300);
        insert(db, sql, "33214", day(2), "Fortnite (old name)", 3000L, 8, 500);
        insert(db, sql, "509658", day(1), "Just Chatting", 7000L, 20, 100);
        insert(db, sql, "21779", day(100), "League of Legends", 99999L, 30, 900);
    }

    private void tags(Connection db) throws SQLException {
        String sql = "insert into aggregator.tag_daily values (?, ?, ?, ?, now(), 'e')";
        insert(db, sql, "english", day(1), 10.5, 9000L);
        insert(db, sql, "fps", day(1), 2.25, 4000L);
        insert(db, sql, "english", day(2), 1.0, 1000L);
    }

    private void platform(Connection db) throws SQLException {
        String sql = "insert into aggregator.platform_5m values (?, ?, ?, now(), 'e')";
        insert(db, sql, curveBase.minusSeconds(1800), 1000L, 10);
        insert(db, sql, curveBase.minusSeconds(1800 + 86_400), 3000L, 30);
        insert(db, sql, curveBase.minusSeconds(7200 + 3 * 86_400), 500L, 5);
    }

    static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else if (value instanceof String[] texts) {
                    statement.setArray(i + 1, db.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }

    static List<String> tables() {
        return List.of("archive.channels", "archive.stream_sessions", "archive.channel_events",
            "aggregator.channel_daily", "aggregator.game_daily", "aggregator.tag_daily", "aggregator.platform_5m",
            "aggregator.channel_events_daily");
    }
}
