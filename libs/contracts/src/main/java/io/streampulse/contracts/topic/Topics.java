package io.streampulse.contracts.topic;

import static io.streampulse.contracts.topic.Services.AGGREGATOR;
import static io.streampulse.contracts.topic.Services.ANY;
import static io.streampulse.contracts.topic.Services.ANYONE;
import static io.streampulse.contracts.topic.Services.API;
import static io.streampulse.contracts.topic.Services.ARCHIVE;
import static io.streampulse.contracts.topic.Services.INGEST;
import static io.streampulse.contracts.topic.Services.OPERATORS;
import static io.streampulse.contracts.topic.Services.REFRESH;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The immutable registry of every StreamPulse topic. Keys are String: broadcaster_id on stream, channel and
 * watchlist topics, user_id on users.revoked, the record's {@code key()} on stats topics, the original
 * key on the dead-letter topic. Partitions: 12 for per-channel topics (the unit of parallelism), fewer for
 * low-volume topics; retention per topic; compacted topics keep the latest value of each key forever.
 */
public final class Topics {

    static final int CHANNEL_PARTITIONS = 12;

    public static final Topic<String, StreamDiscovered> STREAMS_DISCOVERED = deleted(
        "twitch.streams.discovered.v1", StreamDiscovered.class, CHANNEL_PARTITIONS, Duration.ofDays(3),
        INGEST, List.of(REFRESH), "A live stream seen by a sweep, EventSub stream.online or another system "
            + "(open input: readers validate and dead-letter), with its first state. Key broadcaster_id.");
    public static final Topic<String, StreamLifecycleEvent> STREAMS_LIFECYCLE = deleted(
        "twitch.streams.lifecycle.v1", StreamLifecycleEvent.class, CHANNEL_PARTITIONS, Duration.ofDays(7),
        INGEST, List.of(REFRESH, ARCHIVE), "EventSub stream.online / stream.offline facts; event_type in body "
            + "and header. Key broadcaster_id.");
    public static final Topic<String, StreamObserved> STREAMS_OBSERVATIONS = deleted(
        "twitch.streams.observations.v1", StreamObserved.class, CHANNEL_PARTITIONS, Duration.ofDays(7),
        REFRESH, List.of(ARCHIVE, AGGREGATOR), "One per requested stream per refresh: LIVE with full state, "
            + "or ABSENT. Key broadcaster_id.");
    public static final Topic<String, LiveStreamUpdated> STREAMS_LIVE = compacted(
        "twitch.streams.live.v1", LiveStreamUpdated.class, CHANNEL_PARTITIONS, REFRESH,
        List.of(REFRESH, API, ANYONE), "Compacted current state of each live stream; tombstone when it ends. "
            + "Refresh rebuilds its Redis state from it. Key broadcaster_id.");
    public static final Topic<String, StreamEnded> STREAMS_ENDED = deleted(
        "twitch.streams.ended.v1", StreamEnded.class, CHANNEL_PARTITIONS, Duration.ofDays(30),
        ARCHIVE, List.of(REFRESH, AGGREGATOR, API), "A finished session with its summary. Key broadcaster_id.");
    public static final Topic<String, ChannelEventReceived> CHANNEL_EVENTS = deleted(
        "twitch.channel.events.v1", ChannelEventReceived.class, CHANNEL_PARTITIONS, Duration.ofDays(30),
        INGEST, List.of(ARCHIVE, AGGREGATOR, API), "Normalised EventSub channel events (follow, subscribe, "
            + "gift, resub, cheer, raid, update); event_type in body and header; event_id = Twitch message id. "
            + "Key broadcaster_id.");
    public static final Topic<String, ChannelWatched> WATCHLIST = compacted(
        "twitch.watchlist.v1", ChannelWatched.class, CHANNEL_PARTITIONS, API, List.of(INGEST),
        "Compacted: channels someone watches; tombstone when nobody does (open input: readers validate and "
            + "dead-letter). Key broadcaster_id.");
    public static final Topic<String, UserAuthorizationRevoked> USERS_REVOKED = deleted(
        "twitch.users.revoked.v1", UserAuthorizationRevoked.class, 3, Duration.ofDays(30),
        INGEST, List.of(ARCHIVE, API), "user.authorization.revoke: delete that user's personal data. Key user_id.");
    public static final Topic<String, DeadLetterRecord> DEADLETTER = deleted(
        "twitch.deadletter.v1", DeadLetterRecord.class, 3, Duration.ofDays(14),
        ANY, List.of(OPERATORS), "Records that could not be processed, with source, error and original payload. "
            + "Key: the original record key.");

    public static final Topic<String, ChannelDailyStatsComputed> STATS_CHANNEL_DAILY = stats(
        "channel-daily", ChannelDailyStatsComputed.class, CHANNEL_PARTITIONS,
        "Per channel and UTC day: minutes live, viewer-minutes, peak, average, sessions. Key <broadcaster_id>|<day>.");
    public static final Topic<String, GameStatsComputed> STATS_GAME_HOURLY = stats(
        "game-hourly", GameStatsComputed.class, 6,
        "Per category and hour: viewer-minutes, channels live, peak viewers. Key <game_id>|<window_start>.");
    public static final Topic<String, GameStatsComputed> STATS_GAME_DAILY = stats(
        "game-daily", GameStatsComputed.class, 6,
        "Per category and UTC day: viewer-minutes, channels live, peak viewers. Key <game_id>|<window_start>.");
    public static final Topic<String, TagDailyStatsComputed> STATS_TAG_DAILY = stats(
        "tag-daily", TagDailyStatsComputed.class, 6,
        "Per lowercase tag and UTC day: hours streamed, viewer-minutes. Key <tag>|<day>.");
    public static final Topic<String, PlatformStatsComputed> STATS_PLATFORM_5M = stats(
        "platform-5m", PlatformStatsComputed.class, 1,
        "All live streams per 5 minutes: total viewers, live channels. Key <window_start>.");
    public static final Topic<String, ChannelScheduleComputed> STATS_CHANNEL_SCHEDULE = stats(
        "channel-schedule", ChannelScheduleComputed.class, CHANNEL_PARTITIONS,
        "Per channel, UTC weekday and hour: weeks live of weeks observed. Key <broadcaster_id>|<weekday>|<hour>.");
    public static final Topic<String, ChannelEventsDailyStatsComputed> STATS_CHANNEL_EVENTS_DAILY = stats(
        "channel-events-daily", ChannelEventsDailyStatsComputed.class, CHANNEL_PARTITIONS,
        "Per channel, event type and UTC day: count, bits, subscriptions by tier. "
            + "Key <broadcaster_id>|<event_type>|<day>.");
    public static final Topic<String, LeaderboardComputed> STATS_LEADERBOARD = stats(
        "leaderboard", LeaderboardComputed.class, 1,
        "Top channels and top games by current viewers. Key channels | games.");

    private static final List<Topic<?, ?>> ALL = List.of(
        STREAMS_DISCOVERED, STREAMS_LIFECYCLE, STREAMS_OBSERVATIONS, STREAMS_LIVE, STREAMS_ENDED,
        CHANNEL_EVENTS, WATCHLIST, USERS_REVOKED, DEADLETTER,
        STATS_CHANNEL_DAILY, STATS_GAME_HOURLY, STATS_GAME_DAILY, STATS_TAG_DAILY, STATS_PLATFORM_5M,
        STATS_CHANNEL_SCHEDULE, STATS_CHANNEL_EVENTS_DAILY, STATS_LEADERBOARD);

    private Topics() {
    }

    /** Every topic, in a stable order. */
    public static List<Topic<?, ?>> all() {
        return ALL;
    }

    /**
     * The topics a service writes, the dead-letter topic included (every service may dead-letter).
     *
     * @throws IllegalArgumentException for a name not in {@link Services#ALL}
     */
    public static List<Topic<?, ?>> writtenBy(String service) {
        if (!Services.ALL.contains(service)) {
            throw new IllegalArgumentException("unknown service '" + service + "', expected one of " + Services.ALL);
        }
        return ALL.stream().filter(t -> t.writer().equals(service) || t.writer().equals(ANY)).toList();
    }

    public static Optional<Topic<?, ?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static <V> Topic<String, V> deleted(String name, Class<V> type, int partitions, Duration retention,
                                                String writer, List<String> readers, String description) {
        return new Topic<>(name, Serdes.String(), serde(type), partitions, CleanupPolicy.DELETE, retention,
            writer, readers, description);
    }

    private static <V> Topic<String, V> compacted(String name, Class<V> type, int partitions, String writer,
                                                  List<String> readers, String description) {
        return new Topic<>(name, Serdes.String(), serde(type), partitions, CleanupPolicy.COMPACT,
            Topic.RETAIN_FOREVER, writer, readers, description);
    }

    private static <V> Topic<String, V> stats(String name, Class<V> type, int partitions, String description) {
        return compacted("twitch.stats." + name + ".v1", type, partitions, AGGREGATOR, List.of(API, ANYONE),
            "Compacted windowed aggregate. " + description);
    }

    private static <V> Serde<V> serde(Class<V> type) {
        return JsonSerde.of(type);
    }
}
