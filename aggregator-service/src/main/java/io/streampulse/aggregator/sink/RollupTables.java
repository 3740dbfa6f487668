package io.streampulse.aggregator.sink;

import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How each statistics record maps to its rollup table row (V2__rollups.sql). */
final class RollupTables {

    static final Upsert<ChannelDailyStatsComputed> CHANNEL_DAILY = new Upsert<>("channel_daily",
        columns("broadcaster_id, day, broadcaster_login, minutes_live, viewer_minutes, peak_viewers, average_viewers,"
            + " sessions, computed_at, event_id"), columns("broadcaster_id, day"), Map.of(),
        stats -> List.of(stats.broadcasterId(), day(stats.windowStart()), stats.broadcasterLogin(), stats.minutesLive(),
            stats.viewerMinutes(), stats.peakViewers(), stats.averageViewers(), stats.sessions(),
            time(stats.occurredAt()), stats.eventId()));

    static final Upsert<GameStatsComputed> GAME_HOURLY = new Upsert<>("game_hourly",
        columns("game_id, window_start, game_name, viewer_minutes, channels_live, peak_viewers, computed_at, event_id"),
        columns("game_id, window_start"), Map.of(),
        stats -> List.of(stats.gameId(), time(stats.windowStart()), stats.gameName(), stats.viewerMinutes(),
            stats.channelsLive(), stats.peakViewers(), time(stats.occurredAt()), stats.eventId()));

    static final Upsert<GameStatsComputed> GAME_DAILY = new Upsert<>("game_daily",
        columns("game_id, day, game_name, viewer_minutes, channels_live, peak_viewers, computed_at, event_id"),
        columns("game_id, day"), Map.of(),
        stats -> List.of(stats.gameId(), day(stats.windowStart()), stats.gameName(), stats.viewerMinutes(),
            stats.channelsLive(), stats.peakViewers(), time(stats.occurredAt()), stats.eventId()));

    static final Upsert<TagDailyStatsComputed> TAG_DAILY = new Upsert<>("tag_daily",
        columns("tag, day, hours_streamed, viewer_minutes, computed_at, event_id"), columns("tag, day"), Map.of(),
        stats -> List.of(stats.tag(), day(stats.windowStart()), stats.hoursStreamed(), stats.viewerMinutes(),
            time(stats.occurredAt()), stats.eventId()));

    static final Upsert<PlatformStatsComputed> PLATFORM_5M = new Upsert<>("platform_5m",
        columns("window_start, total_viewers, live_channels, computed_at, event_id"), columns("window_start"), Map.of(),
        stats -> List.of(time(stats.windowStart()), stats.totalViewers(), stats.liveChannels(),
            time(stats.occurredAt()), stats.eventId()));

    static final Upsert<ChannelScheduleComputed> CHANNEL_SCHEDULE = new Upsert<>("channel_schedule",
        columns("broadcaster_id, weekday, hour, broadcaster_login, window_start, window_end, weeks_live, weeks_observed,"
            + " share, computed_at, event_id"), columns("broadcaster_id, weekday, hour"), Map.of(),
        stats -> List.of(stats.broadcasterId(), (short) stats.weekday().getValue(), (short) stats.hour(),
            stats.broadcasterLogin(), time(stats.windowStart()), time(stats.windowEnd()), stats.weeksLive(),
            stats.weeksObserved(), stats.share(), time(stats.occurredAt()), stats.eventId()));

    static final Upsert<ChannelEventsDailyStatsComputed> CHANNEL_EVENTS_DAILY = new Upsert<>("channel_events_daily",
        columns("broadcaster_id, event_type, day, event_count, bits_total, sub_tiers, computed_at, event_id"),
        columns("broadcaster_id, event_type, day"), Map.of("sub_tiers", "?::jsonb"),
        stats -> List.of(stats.broadcasterId(), stats.eventType(), day(stats.windowStart()), stats.count(),
            stats.bitsTotal(), json(stats.subTiers()), time(stats.occurredAt()), stats.eventId()));

    private RollupTables() {
    }

    private static List<String> columns(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).toList();
    }

    private static LocalDate day(Instant windowStart) {
        return windowStart.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** {"1000": 3, ...}: tiers are fixed digit strings, counts numbers, so no escaping is needed. */
    private static String json(Map<String, Long> tiers) {
        return tiers.entrySet().stream().map(tier -> "\"" + tier.getKey() + "\": " + tier.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
    }
}
