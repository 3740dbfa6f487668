package io.streampulse.archive.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The daily partitions of {@code stream_snapshots} ({@code stream_snapshots_pYYYYMMDD}, UTC days): created ahead by
 * the maintenance job and on demand for the days a batch writes, dropped whole once older than the retention.
 * DDL runs in its own auto-committed statements, before the batch's transaction; a replica racing to create the
 * same partition is harmless.
 */
public final class SnapshotPartitions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern NAME = Pattern.compile("stream_snapshots_p(\\d{8})");
    private static final String LIST = "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
        + " join pg_class p on p.oid = i.inhparent join pg_namespace n on n.oid = p.relnamespace"
        + " where p.relname = 'stream_snapshots' and n.nspname = current_schema()";

    private final DataSource dataSource;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    public SnapshotPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String nameOf(LocalDate day) {
        return "stream_snapshots_p" + DAY.format(day);
    }

    /** Makes sure a partition exists for each day. */
    public void ensure(Collection<LocalDate> days) throws SQLException {
        List<LocalDate> missing = days.stream().distinct().filter(day -> !known.contains(day)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (LocalDate day : missing) {
                create(ddl, day);
                known.add(day);
            }
        }
    }

    /** Creates the partitions of {@code today} and the {@code daysAhead} days after it. */
    public void createAhead(LocalDate today, int daysAhead) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i <= daysAhead; i++) {
            days.add(today.plusDays(i));
        }
        ensure(days);
    }

    /** Drops the partitions of the days before {@code firstKeptDay}; returns the days dropped. */
    public List<LocalDate> dropBefore(LocalDate firstKeptDay) throws SQLException {
        List<LocalDate> dropped = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (LocalDate day : existing(connection)) {
                if (day.isBefore(firstKeptDay)) {
                    known.remove(day);
                    ddl.execute("drop table if exists " + nameOf(day));
                    dropped.add(day);
                }
            }
        }
        return dropped;
    }

    /** The days that have a partition, oldest first. */
    public List<LocalDate> existing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return existing(connection);
        }
    }

    private static List<LocalDate> existing(Connection connection) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(LIST); ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                Matcher name = NAME.matcher(rows.getString(1));
                if (name.matches()) {
                    days.add(LocalDate.parse(name.group(1), DAY));
                }
            }
        }
        days.sort(null);
        return days;
    }

    private static void create(Statement ddl, LocalDate day) throws SQLException {
        String sql = "create table if not exists " + nameOf(day) + " partition of stream_snapshots for values from ('"
            + day + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')";
        try {
            ddl.execute(sql);
        } catch (SQLException e) {
            if (!"42P07".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
