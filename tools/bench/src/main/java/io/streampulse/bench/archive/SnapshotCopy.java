package io.streampulse.bench.archive;

import io.streampulse.bench.infra.Console;
import io.streampulse.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The ceiling of archive's writes: a raw {@code COPY ... FROM STDIN} of one snapshot row per observation of the load
 * into a copy of {@code archive.stream_snapshots} (same columns, primary key and day partitions; made with
 * {@code LIKE ... INCLUDING ALL}) in the database archive just wrote, in one transaction. No parsing, no
 * state, no conflict handling: what PostgreSQL on this machine takes at best into that table.
 */
final class SnapshotCopy {

    private static final String TABLE = "archive.bench_copy_snapshots";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private SnapshotCopy() {
    }

    /** COPYs {@code load}'s rows (observation times from {@code first}); how many and how long it took. */
    static Copied run(TestDatabase database, ObservationLoad load, Instant first) throws SQLException {
        try (Connection connection = ArchiveWrites.connect(database)) {
            prepare(connection, first, first.plusSeconds(60L * load.rounds()));
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE
                + " (broadcaster_id, bucket_start, stream_id, observed_at, viewer_count, game_id, game_name, title,"
                + " language) FROM STDIN");
            long started = System.nanoTime();
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (int round = 0; round < load.rounds(); round++) {
                String at = first.plusSeconds(60L * round).toString();
                for (int channel = 0; channel < load.channels(); channel++) {
                    String id = "bench" + channel;
                    chunk.append(id).append('\t').append(at).append('\t').append("stream-").append(id).append('\t')
                        .append(at).append('\t').append(100 + (channel * 7 + round) % 5000)
                        .append("\t509658\tJust Chatting\ta title for channel ").append(channel).append("\ten\n");
                    if (chunk.length() > (1 << 20) - 256) {
                        write(copy, chunk);
                    }
                }
            }
            write(copy, chunk);
            long rows = copy.endCopy();
            double seconds = (System.nanoTime() - started) / 1e9;
            Console.log("raw COPY: %,d rows into %s in %.2f s: %,.0f rows/s", rows, TABLE, seconds, rows / seconds);
            return new Copied(rows, seconds);
        }
    }

    private static void prepare(Connection connection, Instant from, Instant to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create table " + TABLE + " (like archive.stream_snapshots including all)"
                + " partition by range (bucket_start)");
            for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC);
                 !day.isAfter(LocalDate.ofInstant(to, ZoneOffset.UTC)); day = day.plusDays(1)) {
                statement.execute("create table " + TABLE + "_p" + DAY.format(day) + " partition of " + TABLE
                    + " for values from ('" + day.atStartOfDay(ZoneOffset.UTC).toInstant() + "') to ('"
                    + day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() + "')");
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** One COPY. */
    record Copied(long rows, double seconds) {

        double perSecond() {
            return rows / seconds;
        }
    }
}
