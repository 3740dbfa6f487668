package io.streampulse.archive.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * JDBC helpers shared by the stores: PostgreSQL arrays for multi-row {@code unnest} statements, instants as
 * {@code timestamptz}, and text made storable (PostgreSQL rejects NUL in text and jsonb; Twitch text may hold one).
 */
public final class Sql {

    /** A JSON {@code \u0000} escape not itself escaped (preceded by an even number of backslashes). */
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private Sql() {
    }

    /** {@code text} without NUL characters; null stays null. */
    public static String clean(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /** JSON text without {@code \u0000} escapes, which jsonb cannot hold. */
    public static String cleanJson(String json) {
        return json.contains("\\u0000") ? JSON_NUL.matcher(json).replaceAll("$1") : json;
    }

    public static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.stream().map(Sql::clean).toArray(String[]::new));
    }

    /** Instants as a text[] of RFC 3339 strings; cast with {@code ?::timestamptz[]} in the statement. */
    public static Array instants(Connection connection, Collection<Instant> values) throws SQLException {
        return connection.createArrayOf("text",
            values.stream().map(value -> value == null ? null : value.toString()).toArray(String[]::new));
    }

    public static Array ints(Connection connection, Collection<Integer> values) throws SQLException {
        return connection.createArrayOf("int4", values.toArray(Integer[]::new));
    }

    public static Array longs(Connection connection, Collection<Long> values) throws SQLException {
        return connection.createArrayOf("int8", values.toArray(Long[]::new));
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
