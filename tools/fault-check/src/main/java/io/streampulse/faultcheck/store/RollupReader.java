package io.streampulse.faultcheck.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.faultcheck.score.EventTally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The aggregator's rollup tables (schema aggregator) of one database, as comparable rows. */
public final class RollupReader {

    /** A rollup table and its primary key. */
    public record Table(String name, List<String> key) {
    }

    public static final List<Table> TABLES = List.of(
            new Table("channel_daily", List.of("broadcaster_id", "day")),
            new Table("game_hourly", List.of("game_id", "window_start")),
            new Table("game_daily", List.of("game_id", "day")),
            new Table("tag_daily", List.of("tag", "day")),
            new Table("platform_5m", List.of("window_start")),
            new Table("channel_schedule", List.of("broadcaster_id", "weekday", "hour")),
            new Table("channel_events_daily", List.of("broadcaster_id", "event_type", "day")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> TIERS = new TypeReference<>() { };

    private final Sql sql;

    public RollupReader(Sql sql) {
        this.sql = sql;
    }

    /** Primary key (values joined by |) to the whole row as PostgreSQL prints it (every column). */
    public Map<String, String> rows(Table table) {
        String key = "concat_ws('|', " + String.join(", ", table.key().stream().map(c -> "t." + c + "::text").toList()) + ")";
        Map<String, String> rows = new LinkedHashMap<>();
        sql.query("SELECT " + key + ", t::text FROM aggregator." + table.name() + " t ORDER BY 1",
                r -> Map.entry(r.getString(1), r.getString(2))).forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    /** A fingerprint of every rollup row: unchanged fingerprints mean nothing was written in between. */
    public String digest() {
        StringBuilder digest = new StringBuilder();
        for (Table table : TABLES) {
            digest.append(table.name()).append('=').append(sql.query("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text,"
                    + " '|' ORDER BY t::text)), '') FROM aggregator." + table.name() + " t", r -> r.getString(1)).get(0))
                    .append(' ');
        }
        return digest.toString();
    }

    /** channel_events_daily keyed {@code broadcaster_id|event_type|day}. */
    public Map<String, EventTally> channelEventsDaily() {
        Map<String, EventTally> tallies = new LinkedHashMap<>();
        sql.query("SELECT broadcaster_id, event_type, day, event_count, bits_total, sub_tiers::text"
                        + " FROM aggregator.channel_events_daily",
                r -> Map.entry(r.getString(1) + "|" + r.getString(2) + "|" + r.getObject(3, LocalDate.class),
                        new EventTally(r.getLong(4), r.getLong(5), tiers(r.getString(6)))))
                .forEach(e -> tallies.put(e.getKey(), e.getValue()));
        return tallies;
    }

    /** When the channel's tally of that type and day last moved (the latest event time it covers). */
    public Optional<Instant> channelEventsComputedAt(String broadcasterId, String eventType, LocalDate day) {
        return sql.query("SELECT computed_at FROM aggregator.channel_events_daily"
                        + " WHERE broadcaster_id = ? AND event_type = ? AND day = ?",
                r -> r.getTimestamp(1), broadcasterId, eventType, day)
                .stream().findFirst().map(Timestamp::toInstant);
    }

    private static Map<String, Long> tiers(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, TIERS);
        } catch (IOException e) {
            throw new UncheckedIOException("sub_tiers is not a JSON object of counts: " + json, e);
        }
    }
}
