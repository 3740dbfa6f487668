package io.streampulse.bench.archive;

import io.streampulse.bench.infra.Console;
import io.streampulse.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The rows archive wrote, from PostgreSQL's own counters ({@code pg_stat_user_tables}: tuples inserted, updated
 * and deleted per table of schema {@code archive}, partitions included): every upsert of a channel's open session,
 * every snapshot, session, outbox and offset row. The counters reach the view when a backend goes idle (within
 * about 10 s), so they are read until two reads a few seconds apart agree.
 */
final class ArchiveWrites {

    private ArchiveWrites() {
    }

    /** Rows written per table (inserted + updated + deleted), once the counters are stable. */
    static Map<String, Long> byTable(TestDatabase database) throws SQLException, InterruptedException {
        Map<String, Long> previous = read(database);
        for (int attempt = 0; attempt < 10; attempt++) {
            TimeUnit.SECONDS.sleep(3);
            Map<String, Long> now = read(database);
            if (now.equals(previous) && total(now) > 0) {
                return now;
            }
            previous = now;
        }
        Console.log("PostgreSQL's table counters still moved after 30 s; using the last read");
        return previous;
    }

    static long total(Map<String, Long> byTable) {
        return byTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows in {@code archive.<table>} now. */
    static long count(TestDatabase database, String table) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from archive." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> read(TestDatabase database) throws SQLException {
        Map<String, Long> byTable = new LinkedHashMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select regexp_replace(relname, '_p[0-9]{8}$', ''),"
                 + " sum(n_tup_ins + n_tup_upd + n_tup_del) from pg_stat_user_tables where schemaname = 'archive'"
                 + " and relname <> 'flyway_schema_history' group by 1 order by 1")) {
            while (rows.next()) {
                byTable.put(rows.getString(1), rows.getLong(2));
            }
        }
        return byTable;
    }

    static Connection connect(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
