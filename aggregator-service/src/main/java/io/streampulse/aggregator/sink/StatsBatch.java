package io.streampulse.aggregator.sink;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.stats.StatsGranularity;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll's statistics records, by topic, keeping only the latest value of each key (the records are full
 * values per key, so the latest is all that needs writing, and a multi-row upsert may touch a key only once).
 */
final class StatsBatch {

    /** The topics the sink consumes. */
    static final List<Topic<String, ?>> TOPICS = List.of(Topics.STATS_CHANNEL_DAILY, Topics.STATS_GAME_HOURLY,
        Topics.STATS_GAME_DAILY, Topics.STATS_TAG_DAILY, Topics.STATS_PLATFORM_5M, Topics.STATS_CHANNEL_SCHEDULE,
        Topics.STATS_CHANNEL_EVENTS_DAILY, Topics.STATS_LEADERBOARD);

    private final Map<String, Map<String, Event>> latestByTopic = new LinkedHashMap<>();

    /** Adds a decoded record of {@code topic}; a later one of the same key replaces it. */
    void add(String topic, Event stats) {
        latestByTopic.computeIfAbsent(topic, any -> new LinkedHashMap<>()).put(stats.key(), stats);
    }

    boolean isEmpty() {
        return latestByTopic.isEmpty();
    }

    Collection<ChannelDailyStatsComputed> channelDaily() {
        return latest(Topics.STATS_CHANNEL_DAILY);
    }

    Collection<GameStatsComputed> games(StatsGranularity granularity) {
        return latest(granularity == StatsGranularity.HOUR ? Topics.STATS_GAME_HOURLY : Topics.STATS_GAME_DAILY);
    }

    Collection<TagDailyStatsComputed> tagDaily() {
        return latest(Topics.STATS_TAG_DAILY);
    }

    Collection<PlatformStatsComputed> platform() {
        return latest(Topics.STATS_PLATFORM_5M);
    }

    Collection<ChannelScheduleComputed> schedule() {
        return latest(Topics.STATS_CHANNEL_SCHEDULE);
    }

    Collection<ChannelEventsDailyStatsComputed> channelEventsDaily() {
        return latest(Topics.STATS_CHANNEL_EVENTS_DAILY);
    }

    Collection<LeaderboardComputed> leaderboards() {
        return latest(Topics.STATS_LEADERBOARD);
    }

    @SuppressWarnings("unchecked")
    private <V> Collection<V> latest(Topic<String, V> topic) {
        return (Collection<V>) latestByTopic.getOrDefault(topic.name(), Map.of()).values();
    }
}
