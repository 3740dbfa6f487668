package io.streampulse.api.channel;

import io.streampulse.api.readmodel.ReadModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A channel's statistics over its last N UTC days (today included) and the games it played. Stats read the daily
 * rollup along its primary key {@code (broadcaster_id, day)}; the session count and the games come from
 * archive.stream_sessions along {@code (broadcaster_id, ended_at DESC)}.
 */
final class ChannelStatsQueries {

    private static final String STATS = "select count(*) as days_live,"
        + " coalesce(sum(minutes_live), 0) as minutes_live, coalesce(sum(viewer_minutes), 0) as viewer_minutes,"
        + " coalesce(max(peak_viewers), 0) as peak_viewers,"
        + " (select count(*) from archive.stream_sessions s where s.broadcaster_id = ? and s.ended_at >= ?) as sessions"
        + " from aggregator.channel_daily where broadcaster_id = ? and day >= ? and day <= ?";
    private static final String GAMES = "select g->>'game_id' as game_id,"
        + " (array_agg(g->>'game_name' order by s.ended_at desc))[1] as game_name,"
        + " sum((g->>'seconds')::bigint) as seconds, count(distinct s.stream_id) as sessions,"
        + " sum(sum((g->>'seconds')::bigint)) over () as total"
        + " from archive.stream_sessions s cross join lateral jsonb_array_elements(s.games) g"
        + " where s.broadcaster_id = ? and s.ended_at >= ?"
        + " group by g->>'game_id' order by seconds desc, game_id limit ?";

    private final ReadModel db;
    private final Clock clock;

    ChannelStatsQueries(ReadModel db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    ChannelViews.Stats stats(Channel channel, int days) {
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L);
        return db.first(STATS, List.of(channel.broadcasterId(), from.atStartOfDay(ZoneOffset.UTC).toInstant(),
            channel.broadcasterId(), from, to), row -> {
                long minutes = row.getLong("minutes_live");
                long viewerMinutes = row.getLong("viewer_minutes");
                return new ChannelViews.Stats(channel.broadcasterId(), channel.login(), days, from, to,
                    row.getInt("days_live"), round2(minutes / 60.0), minutes, viewerMinutes,
                    minutes == 0 ? 0 : round2((double) viewerMinutes / minutes), row.getInt("peak_viewers"),
                    row.getLong("sessions"));
            }).orElseThrow();
    }

    List<ChannelViews.GameTime> games(Channel channel, int days, int limit) {
        LocalDate from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days - 1L);
        return db.list(GAMES, List.of(channel.broadcasterId(), from.atStartOfDay(ZoneOffset.UTC).toInstant(), limit),
            row -> {
                long seconds = row.getLong("seconds");
                long total = row.getLong("total");
                return new ChannelViews.GameTime(row.getString("game_id"), row.getString("game_name"), seconds,
                    round2(seconds / 3600.0), row.getLong("sessions"), total == 0 ? 0 : round4((double) seconds / total));
            });
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    static double round4(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
