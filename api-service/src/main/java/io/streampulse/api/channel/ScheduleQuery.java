package io.streampulse.api.channel;

import io.streampulse.api.readmodel.ReadModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a channel is usually live: for each UTC weekday and hour, in how many of the last {@code weeks} weeks it was
 * live at some point of that hour. The window ends with the current hour; week {@code k} is the k-th run of 7 days
 * back from the window end, so each weekday hour occurs exactly once per week. A channel first seen within the window
 * is observed only for the weeks since then (as the aggregator's heatmap does). Computed from the archived sessions
 * (index {@code (broadcaster_id, ended_at DESC)}), so any look-back up to a year can be asked for.
 */
final class ScheduleQuery {

    private static final String CELLS = "with hours as ("
        + " select h from archive.stream_sessions s, generate_series("
        + " date_trunc('hour', greatest(s.started_at, ?) at time zone 'UTC'),"
        + " least(s.ended_at, ?) at time zone 'UTC' - interval '1 microsecond', interval '1 hour') as h"
        + " where s.broadcaster_id = ? and s.ended_at > ? and s.started_at < ? and s.ended_at > s.started_at)"
        + " select extract(isodow from h)::int as weekday, extract(hour from h)::int as hour,"
        + " count(distinct floor(extract(epoch from (? at time zone 'UTC' - h)) / 604800)) as weeks_live"
        + " from hours group by 1, 2";
    private static final Duration WEEK = Duration.ofDays(7);

    private final ReadModel db;
    private final Clock clock;

    ScheduleQuery(ReadModel db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    ChannelViews.Schedule schedule(Channel channel, int weeks) {
        Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = end.minus(WEEK.multipliedBy(weeks));
        Map<Integer, Integer> live = new HashMap<>();
        db.list(CELLS, List.of(start, end, channel.broadcasterId(), start, end, end), row -> {
            live.put(row.getInt("weekday") * 100 + row.getInt("hour"), row.getInt("weeks_live"));
            return null;
        });
        int observed = observedWeeks(channel.firstSeenAt(), start, end, weeks);
        List<ChannelViews.ScheduleCell> cells = new ArrayList<>(7 * 24);
        for (int weekday = 1; weekday <= 7; weekday++) {
            for (int hour = 0; hour < 24; hour++) {
                int weeksLive = Math.min(observed, live.getOrDefault(weekday * 100 + hour, 0));
                cells.add(new ChannelViews.ScheduleCell(weekday, hour, weeksLive,
                    ChannelStatsQueries.round4((double) weeksLive / observed)));
            }
        }
        return new ChannelViews.Schedule(channel.broadcasterId(), channel.login(), weeks, observed, start, end, cells);
    }

    /** Weeks of the window since the channel was first seen (at least 1, at most {@code weeks}). */
    static int observedWeeks(Instant firstSeen, Instant start, Instant end, int weeks) {
        if (firstSeen == null || !firstSeen.isAfter(start)) {
            return weeks;
        }
        long seconds = Duration.between(firstSeen, end).getSeconds();
        long observed = (seconds + WEEK.getSeconds() - 1) / WEEK.getSeconds();
        return (int) Math.max(1, Math.min(weeks, observed));
    }
}
