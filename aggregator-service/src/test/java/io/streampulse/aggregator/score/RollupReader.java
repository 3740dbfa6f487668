package io.streampulse.aggregator.score;

import io.streampulse.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Reads an aggregator-service database (schema {@code aggregator}): the rollups the score compares. */
final class RollupReader {

    /** Every rollup table with the order that makes its rows comparable. */
    static final Map<String, String> TABLES = Map.of(
        "channel_daily", "broadcaster_id, day",
        "game_hourly", "game_id, window_start",
        "game_daily", "game_id, day",
        "tag_daily", "tag, day",
        "platform_5m", "window_start",
        "channel_schedule", "broadcaster_id, weekday, hour",
        "channel_events_daily", "broadcaster_id, event_type, day");

    private final TestDatabase database;

    RollupReader(TestDatabase database) {
        this.database = database;
    }

    /** Minutes live per channel, over all its days. */
    Map<String, Double> channelMinutes() {
        Map<String, Double> minutes = new HashMap<>();
        database.query("select broadcaster_id, sum(minutes_live) from aggregator.channel_daily group by 1",
            rows -> minutes.put(rows.getString(1), rows.getDouble(2)));
        return minutes;
    }

    /** Viewer-minutes per {@code game_id|hour start}. */
    Map<String, Double> gameHourViewerMinutes() {
        Map<String, Double> viewerMinutes = new HashMap<>();
        database.query("select game_id, window_start, viewer_minutes from aggregator.game_hourly", rows -> viewerMinutes.put(
            rows.getString(1) + "|" + rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getDouble(3)));
        return viewerMinutes;
    }

    /** Viewer-minutes per {@code tag|day}. */
    Map<String, Double> tagDayViewerMinutes() {
        Map<String, Double> viewerMinutes = new HashMap<>();
        database.query("select tag, day, viewer_minutes from aggregator.tag_daily",
            rows -> viewerMinutes.put(rows.getString(1) + "|" + rows.getDate(2).toLocalDate(), rows.getDouble(3)));
        return viewerMinutes;
    }

    /** Every row of every rollup table, rendered column by column, in key order. */
    Map<String, List<String>> everything() {
        Map<String, List<String>> tables = new HashMap<>();
        TABLES.forEach((table, order) -> tables.put(table,
            database.query("select * from aggregator." + table + " order by " + order, RollupReader::render)));
        return tables;
    }

    /** Row count and latest computed_at of every table: changes whenever the sink writes. */
    String fingerprint() {
        StringJoiner fingerprint = new StringJoiner(";");
        TABLES.keySet().stream().sorted().forEach(table -> fingerprint.add(table + "=" + database.query(
            "select count(*) || '/' || coalesce(max(computed_at)::text, '') from aggregator." + table,
            rows -> rows.getString(1)).get(0)));
        return fingerprint.toString();
    }

    boolean migrated() {
        return !database.query("select 1 from information_schema.tables where table_schema = 'aggregator'"
            + " and table_name = 'channel_daily'", rows -> 1).isEmpty();
    }

    private static String render(ResultSet rows) throws SQLException {
        StringJoiner row = new StringJoiner("|");
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
            row.add(String.valueOf(rows.getObject(column)));
        }
        return row.toString();
    }
}
