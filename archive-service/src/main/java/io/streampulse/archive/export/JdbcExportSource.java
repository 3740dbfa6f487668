package io.streampulse.archive.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads a day of {@code stream_sessions} (by {@code ended_at}) or {@code stream_snapshots} (by {@code bucket_start},
 * one partition) with a cursor. Timestamps as RFC 3339 UTC, arrays and games as JSON, numbers in plain notation.
 */
public final class JdbcExportSource implements ExportSource {

    private static final Map<String, String> QUERIES = Map.of(
        "stream_sessions", "select stream_id, broadcaster_id, broadcaster_login, broadcaster_name, started_at, ended_at,"
            + " duration_seconds, peak_viewers, average_viewers, viewer_minutes, games::text, to_json(titles)::text,"
            + " to_json(tags)::text, language, end_reason, observations, closed_at from stream_sessions"
            + " where ended_at >= ? and ended_at < ? order by ended_at, stream_id",
        "stream_snapshots", "select broadcaster_id, bucket_start, stream_id, observed_at, viewer_count, game_id,"
            + " game_name, title, language from stream_snapshots where bucket_start >= ? and bucket_start < ?"
            + " order by broadcaster_id, bucket_start");

    private final DataSource dataSource;

    public JdbcExportSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void rows(ExportTable table, LocalDate day, Consumer<List<String>> row) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(QUERIES.get(table.name()))) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            select.setFetchSize(5_000);
            select.setObject(1, day.atStartOfDay().atOffset(ZoneOffset.UTC));
            select.setObject(2, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    row.accept(fields(rows, meta));
                }
            }
            connection.commit();
        }
    }

    private static List<String> fields(ResultSet rows, ResultSetMetaData meta) throws SQLException {
        List<String> fields = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            fields.add(text(rows, i, meta.getColumnType(i)));
        }
        return fields;
    }

    private static String text(ResultSet rows, int column, int type) throws SQLException {
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant().toString();
        }
        if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL) {
            double value = rows.getDouble(column);
            return rows.wasNull() ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return rows.getString(column);
    }
}
