package io.streampulse.api.event;

import io.streampulse.api.readmodel.ReadModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Channel events: the most recent of a channel from archive.channel_events (index
 * {@code channel_events_recent (broadcaster_id, occurred_at DESC)}), and counts per type and per streamer over UTC
 * days from the aggregator's {@code channel_events_daily} (primary key per channel, index per day).
 */
final class EventQueries {

    private static final String RECENT = "select event_id, event_type, broadcaster_id, actor_id, actor_login,"
        + " actor_name, amount, tier, occurred_at from archive.channel_events where broadcaster_id = ?"
        + " order by occurred_at desc, event_id desc limit ?";
    private static final String CHANNEL_COUNTS = "select event_type, sum(event_count)::bigint as count,"
        + " sum(bits_total)::bigint as bits from aggregator.channel_events_daily"
        + " where broadcaster_id = ? and day >= ? and day <= ? group by event_type order by event_type";
    private static final String STREAMER_COUNTS = "with top as (select broadcaster_id, sum(event_count)::bigint as total"
        + " from aggregator.channel_events_daily where day >= ? and day <= ? group by broadcaster_id"
        + " order by total desc, broadcaster_id limit ?)"
        + " select t.broadcaster_id, t.total, c.broadcaster_login, c.broadcaster_name, d.event_type,"
        + " sum(d.event_count)::bigint as count from top t"
        + " join aggregator.channel_events_daily d on d.broadcaster_id = t.broadcaster_id and d.day >= ? and d.day <= ?"
        + " left join archive.channels c on c.broadcaster_id = t.broadcaster_id"
        + " group by t.broadcaster_id, t.total, c.broadcaster_login, c.broadcaster_name, d.event_type"
        + " order by t.total desc, t.broadcaster_id, d.event_type";

    private record StreamerRow(String broadcasterId, long total, String login, String name, String type, long count) {
    }

    private final ReadModel db;

    EventQueries(ReadModel db) {
        this.db = db;
    }

    List<ChannelEventItem> recent(String broadcasterId, int limit) {
        return db.list(RECENT, List.of(broadcasterId, limit), row -> new ChannelEventItem(row.getString("event_id"),
            row.getString("event_type"), row.getString("broadcaster_id"), row.getString("actor_id"),
            row.getString("actor_login"), row.getString("actor_name"), (Integer) row.getObject("amount"),
            row.getString("tier"), ReadModel.instant(row, "occurred_at")));
    }

    EventViews.ChannelCounts channelCounts(String broadcasterId, String login, LocalDate from, LocalDate to) {
        List<EventViews.TypeCount> counts = db.list(CHANNEL_COUNTS, List.of(broadcasterId, from, to),
            row -> new EventViews.TypeCount(row.getString("event_type"), row.getLong("count"), row.getLong("bits")));
        long total = counts.stream().mapToLong(EventViews.TypeCount::count).sum();
        return new EventViews.ChannelCounts(broadcasterId, login, from, to, total, counts);
    }

    List<EventViews.StreamerCount> streamerCounts(LocalDate from, LocalDate to, int limit) {
        List<StreamerRow> rows = db.list(STREAMER_COUNTS, List.of(from, to, limit, from, to), row -> new StreamerRow(
            row.getString("broadcaster_id"), row.getLong("total"), row.getString("broadcaster_login"),
            row.getString("broadcaster_name"), row.getString("event_type"), row.getLong("count")));
        Map<String, List<StreamerRow>> byStreamer = new LinkedHashMap<>();
        rows.forEach(row -> byStreamer.computeIfAbsent(row.broadcasterId(), id -> new ArrayList<>()).add(row));
        List<EventViews.StreamerCount> ranked = new ArrayList<>();
        byStreamer.forEach((id, types) -> {
            Map<String, Long> counts = new TreeMap<>();
            types.forEach(type -> counts.put(type.type(), type.count()));
            StreamerRow first = types.get(0);
            ranked.add(new EventViews.StreamerCount(ranked.size() + 1, id, first.login(), first.name(), first.total(),
                counts));
        });
        return ranked;
    }
}
