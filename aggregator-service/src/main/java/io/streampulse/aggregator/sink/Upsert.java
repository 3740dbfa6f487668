package io.streampulse.aggregator.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A multi-row {@code INSERT ... ON CONFLICT (key) DO UPDATE} into one rollup table: idempotent, and an
 * older value ({@code computed_at} earlier than the stored one) never overwrites a newer one.
 *
 * @param table   table name (in the connection's schema)
 * @param columns every column, in the order the row mapper gives values
 * @param keys    the primary key columns
 * @param casts   SQL casts of parameters by column (e.g. jsonb)
 */
record Upsert<T>(String table, List<String> columns, List<String> keys, Map<String, String> casts,
                 Function<T, List<Object>> row) {

    /** PostgreSQL takes at most 65535 parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;

    void write(Connection connection, Collection<T> values) throws SQLException {
        List<T> all = List.copyOf(values);
        int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        for (int from = 0; from < all.size(); from += perStatement) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + perStatement));
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
                int index = 1;
                for (T value : chunk) {
                    for (Object parameter : row.apply(value)) {
                        statement.setObject(index++, parameter);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    String sql(int rows) {
        String placeholders = columns.stream().map(column -> casts.getOrDefault(column, "?"))
            .collect(Collectors.joining(", ", "(", ")"));
        String updates = columns.stream().filter(column -> !keys.contains(column))
            .map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
            + String.join(", ", java.util.Collections.nCopies(rows, placeholders))
            + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + updates
            + " WHERE " + table + ".computed_at <= EXCLUDED.computed_at";
    }
}
