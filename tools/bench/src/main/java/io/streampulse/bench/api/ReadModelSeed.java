package io.streampulse.bench.api;

import io.streampulse.bench.infra.Console;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * A year (or {@code days}) of read model for {@code channels} generated channels ({@link ChannelYear}: logins
 * {@code channel_<i>}, ids {@code 100000000 + i}, the most popular first), in the schemas of archive-service's and
 * aggregator-service's own migrations, rows in with COPY, then VACUUM ANALYZE. Per channel and live day one session with
 * its channel_daily row and a few channel events with their daily counts; game and tag rollups per day; the
 * platform curve every 5 minutes.
 */
final class ReadModelSeed {

    static final double EVENTS_PER_LIVE_DAY = 2;

    private ReadModelSeed() {
    }

    /** Migrates and fills {@code db}; returns the rows per table. */
    static Map<String, Long> run(BenchDatabase db, Path repo, int channels, int days) throws SQLException {
        long started = System.nanoTime();
        migrate(db, "archive", repo.resolve("archive-service/src/main/resources/db/migration"));
        migrate(db, "aggregator", repo.resolve("aggregator-service/src/main/resources/db/migration"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Rollups rollups = new Rollups();
        Map<String, Long> rows = new LinkedHashMap<>();
        long lastLog = System.nanoTime();
        try (Connection a = db.connect(); Connection b = db.connect(); Connection c = db.connect();
             Connection d = db.connect(); Connection e = db.connect();
             CopyWriter channelRows = new CopyWriter(a, "archive.channels", ChannelYear.CHANNEL_COLUMNS);
             CopyWriter sessions = new CopyWriter(b, "archive.stream_sessions", ChannelYear.SESSION_COLUMNS);
             CopyWriter daily = new CopyWriter(c, "aggregator.channel_daily", ChannelYear.DAILY_COLUMNS);
             CopyWriter events = new CopyWriter(d, "archive.channel_events", ChannelYear.EVENT_COLUMNS);
             CopyWriter eventsDaily = new CopyWriter(e, "aggregator.channel_events_daily",
                 ChannelYear.EVENTS_DAILY_COLUMNS)) {
            ChannelYear year = new ChannelYear(new SplittableRandom(42), today, days, EVENTS_PER_LIVE_DAY, rollups);
            for (int i = 0; i < channels; i++) {
                year.write(i, channelRows, sessions, daily, events, eventsDaily);
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    lastLog = System.nanoTime();
                    Console.log("seed: %,d of %,d channels, %,d sessions, %,d events", i + 1, channels,
                        sessions.rows(), events.rows());
                }
            }
            rows.put("archive.channels", channelRows.rows());
            rows.put("archive.stream_sessions", sessions.rows());
            rows.put("aggregator.channel_daily", daily.rows());
            rows.put("archive.channel_events", events.rows());
            rows.put("aggregator.channel_events_daily", eventsDaily.rows());
        }
        try (Connection connection = db.connect()) {
            rows.putAll(rollups.write(connection, today, days));
            // As a database in service would be: vacuumed (visibility map set, so index-only scans need no heap
            // visit, and no autovacuum of the fresh rows runs during the measurement) and analyzed.
            Console.log("seed: rows written, VACUUM ANALYZE");
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
        Console.log("seed: %s in %.0f s", rows, (System.nanoTime() - started) / 1e9);
        return rows;
    }

    static String login(int index) {
        return "channel_" + index;
    }

    static String broadcasterId(int index) {
        return Long.toString(100_000_000L + index);
    }

    private static void migrate(BenchDatabase db, String schema, Path folder) {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).schemas(schema).defaultSchema(schema)
            .createSchemas(true).table("flyway_schema_history").locations("filesystem:" + folder).load().migrate();
    }
}
