package io.streampulse.api.ranking;

import io.streampulse.api.readmodel.ReadModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rankings over the last N UTC days (today included) from the aggregator's daily rollups, read by their day
 * indexes, and the platform viewers-over-the-day curve from {@code platform_5m} (primary key range). The order
 * column is chosen among constant statements, never spliced from input.
 */
final class RankingQueries {

    /** What channels are ranked by. */
    enum ChannelOrder { HOURS, VIEWER_MINUTES }

    private static final String CHANNELS = "select r.broadcaster_id, coalesce(c.broadcaster_login, r.login) as login,"
        + " coalesce(c.broadcaster_name, r.login) as name, r.minutes, r.viewer_minutes, r.peak"
        + " from (select broadcaster_id, max(broadcaster_login) as login, sum(minutes_live) as minutes,"
        + " sum(viewer_minutes) as viewer_minutes, max(peak_viewers) as peak"
        + " from aggregator.channel_daily where day >= ? and day <= ? group by broadcaster_id"
        + " order by %s desc, broadcaster_id limit ?) r"
        + " left join archive.channels c on c.broadcaster_id = r.broadcaster_id order by r.%s desc, r.broadcaster_id";
    private static final String CHANNELS_BY_HOURS = String.format(CHANNELS, "minutes", "minutes");
    private static final String CHANNELS_BY_VIEWER_MINUTES = String.format(CHANNELS, "viewer_minutes",
        "viewer_minutes");
    private static final String GAMES = "select game_id, (array_agg(game_name order by day desc))[1] as game_name,"
        + " sum(viewer_minutes) as viewer_minutes, max(peak_viewers) as peak from aggregator.game_daily"
        + " where day >= ? and day <= ? group by game_id order by viewer_minutes desc, game_id limit ?";
    private static final String TAGS = "select tag, sum(viewer_minutes) as viewer_minutes,"
        + " sum(hours_streamed) as hours from aggregator.tag_daily where day >= ? and day <= ?"
        + " group by tag order by viewer_minutes desc, tag limit ?";
    private static final String CURVE = "select (extract(hour from window_start at time zone 'UTC') * 60"
        + " + extract(minute from window_start at time zone 'UTC'))::int as minute_of_day,"
        + " round(avg(total_viewers))::bigint as viewers, round(avg(live_channels))::bigint as channels,"
        + " count(*)::int as samples from aggregator.platform_5m where window_start >= ? and window_start < ?"
        + " group by 1 order by 1";
    private static final Duration SLOT = Duration.ofMinutes(5);

    private final ReadModel db;
    private final Clock clock;

    RankingQueries(ReadModel db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    List<RankingViews.ChannelRank> channels(ChannelOrder order, LocalDate from, LocalDate to, int limit) {
        String sql = order == ChannelOrder.HOURS ? CHANNELS_BY_HOURS : CHANNELS_BY_VIEWER_MINUTES;
        List<RankingViews.ChannelRank> ranks = new ArrayList<>();
        db.list(sql, List.of(from, to, limit), row -> {
            long minutes = row.getLong("minutes");
            long viewerMinutes = row.getLong("viewer_minutes");
            return ranks.add(new RankingViews.ChannelRank(ranks.size() + 1, row.getString("broadcaster_id"),
                row.getString("login"), row.getString("name"), round2(minutes / 60.0), viewerMinutes,
                minutes == 0 ? 0 : round2((double) viewerMinutes / minutes), row.getInt("peak")));
        });
        return ranks;
    }

    List<RankingViews.GameRank> games(LocalDate from, LocalDate to, int limit) {
        List<RankingViews.GameRank> ranks = new ArrayList<>();
        db.list(GAMES, List.of(from, to, limit), row -> ranks.add(new RankingViews.GameRank(ranks.size() + 1,
            row.getString("game_id"), row.getString("game_name"), row.getLong("viewer_minutes"),
            round2(row.getLong("viewer_minutes") / 60.0), row.getInt("peak"))));
        return ranks;
    }

    List<RankingViews.TagRank> tags(LocalDate from, LocalDate to, int limit) {
        List<RankingViews.TagRank> ranks = new ArrayList<>();
        db.list(TAGS, List.of(from, to, limit), row -> ranks.add(new RankingViews.TagRank(ranks.size() + 1,
            row.getString("tag"), row.getLong("viewer_minutes"), round2(row.getDouble("hours")))));
        return ranks;
    }

    /** The curve over the {@code days} days before the current 5-minute slot. */
    RankingViews.ViewerCurve viewerCurve(int days) {
        long slot = SLOT.getSeconds();
        Instant to = Instant.ofEpochSecond(clock.instant().getEpochSecond() / slot * slot);
        Instant from = to.minus(Duration.ofDays(days));
        List<RankingViews.CurvePoint> points = db.list(CURVE, List.of(from, to), row -> {
            int minute = row.getInt("minute_of_day");
            return new RankingViews.CurvePoint(String.format("%02d:%02d", minute / 60, minute % 60),
                row.getLong("viewers"), row.getLong("channels"), row.getInt("samples"));
        });
        return new RankingViews.ViewerCurve(points, new io.streampulse.api.http.Page.Pagination(null), days, from, to);
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
