package io.streampulse.api.readmodel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a year of read model for many channels, so the read API can be measured at scale (not a
 * test). Schemas come from archive-service's and aggregator-service's own migrations; rows go in with COPY.
 * Per channel and live day: one session (with games, titles, tags), one channel_daily row, a few channel events and
 * their channel_events_daily counts; per game, tag and day the daily rollups; the platform curve every 5 minutes.
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres streampulse_readmodel
 * java -cp api-service/target/test-classes:api-service/target/classes:$(cat /tmp/api-test-cp.txt) \
 *   -Dchannels=10000 -Ddays=365 -Dreset=true io.streampulse.api.readmodel.ReadModelSeeder \
 *   jdbc:postgresql://127.0.0.1:5432/streampulse_readmodel postgres
 * </pre>
 * Run from the repository root or the module directory (it finds the migrations either way).
 */
public final class ReadModelSeeder {

    private final int channels = Integer.getInteger("channels", 10_000);
    private final int days = Integer.getInteger("days", 365);
    private final double eventsPerLiveDay = Double.parseDouble(System.getProperty("eventsPerLiveDay", "2"));
    private final SplittableRandom random = new SplittableRandom(42);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Rollups rollups = new Rollups();
    private final String url;
    private final String user;
    private final String password;

    private ReadModelSeeder(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/streampulse_readmodel";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : System.getenv().getOrDefault("PGPASSWORD", "");
        new ReadModelSeeder(url, user, password).run();
    }

    private void run() throws SQLException {
        long started = System.nanoTime();
        prepareSchemas();
        Map<String, Long> rows = new HashMap<>();
        try (Connection a = connect(); Connection b = connect(); Connection c = connect(); Connection d = connect();
             Connection e = connect();
             CopyWriter channelRows = new CopyWriter(a, "archive.channels", ChannelYear.CHANNEL_COLUMNS);
             CopyWriter sessions = new CopyWriter(b, "archive.stream_sessions", ChannelYear.SESSION_COLUMNS);
             CopyWriter daily = new CopyWriter(c, "aggregator.channel_daily", ChannelYear.DAILY_COLUMNS);
             CopyWriter events = new CopyWriter(d, "archive.channel_events", ChannelYear.EVENT_COLUMNS);
             CopyWriter eventsDaily = new CopyWriter(e, "aggregator.channel_events_daily",
                 ChannelYear.EVENTS_DAILY_COLUMNS)) {
            ChannelYear year = new ChannelYear(random, today, days, eventsPerLiveDay, rollups);
            for (int i = 0; i < channels; i++) {
                year.write(i, channelRows, sessions, daily, events, eventsDaily);
                if ((i + 1) % 1000 == 0) {
                    System.out.printf("%,d channels, %,d sessions, %,d events (%d s)%n", i + 1, sessions.rows(),
                        events.rows(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
            rows.put("archive.channels", channelRows.rows());
            rows.put("archive.stream_sessions", sessions.rows());
            rows.put("aggregator.channel_daily", daily.rows());
            rows.put("archive.channel_events", events.rows());
            rows.put("aggregator.channel_events_daily", eventsDaily.rows());
        }
        try (Connection connection = connect()) {
            rows.putAll(rollups.write(connection, today, days));
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        System.out.printf("Seeded %s in %d s: %s%n", url, Duration.ofNanos(System.nanoTime() - started).toSeconds(),
            rows);
    }

    private void prepareSchemas() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (Boolean.getBoolean("reset")) {
                statement.execute("DROP SCHEMA IF EXISTS archive CASCADE");
                statement.execute("DROP SCHEMA IF EXISTS aggregator CASCADE");
            }
        }
        migrate("archive", "archive-service/src/main/resources/db/migration");
        migrate("aggregator", "aggregator-service/src/main/resources/db/migration");
    }

    private void migrate(String schema, String folder) {
        String location = new java.io.File(folder).isDirectory() ? folder : "../" + folder;
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema).createSchemas(true)
            .table("flyway_schema_history").locations("filesystem:" + location).load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    static String timestamp(Instant instant) {
        return instant.toString();
    }
}
