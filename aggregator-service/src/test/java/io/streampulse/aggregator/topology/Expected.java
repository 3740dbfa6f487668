package io.streampulse.aggregator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.stats.StatsGranularity;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Expected statistics records, keyed like the topics, and the one comparison every topology test uses:
 * whole values except {@code event_id} (a name-based UUID of the values, checked on its own for determinism).
 */
final class Expected {

    static final String ANY_ID = "ignored";

    private Expected() {
    }

    static void assertSameStats(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?eventId")
            .isEqualTo(expected);
    }

    static <V extends io.streampulse.contracts.event.Event> Map<String, V> byKey(V... records) {
        Map<String, V> map = new LinkedHashMap<>();
        for (V record : records) {
            map.put(record.key(), record);
        }
        return map;
    }

    static ChannelDailyStatsComputed channelDay(Channel channel, String day, String occurredAt, long minutesLive,
                                                long viewerMinutes, int peak, double average, int sessions) {
        Instant start = Instant.parse(day + "T00:00:00Z");
        return new ChannelDailyStatsComputed(ANY_ID, Instant.parse(occurredAt), 1, channel.broadcasterId(),
            channel.login(), start, start.plus(Duration.ofDays(1)), minutesLive, viewerMinutes, peak, average, sessions);
    }

    static GameStatsComputed game(StatsGranularity granularity, Channel.Game game, String windowStart,
                                  String occurredAt, long viewerMinutes, int channels, int peak) {
        Instant start = Instant.parse(windowStart);
        Duration size = granularity == StatsGranularity.HOUR ? Duration.ofHours(1) : Duration.ofDays(1);
        return new GameStatsComputed(ANY_ID, Instant.parse(occurredAt), 1, granularity, game.id(), game.name(), start,
            start.plus(size), viewerMinutes, channels, peak);
    }

    static TagDailyStatsComputed tag(String tag, String day, String occurredAt, double hours, long viewerMinutes) {
        Instant start = Instant.parse(day + "T00:00:00Z");
        return new TagDailyStatsComputed(ANY_ID, Instant.parse(occurredAt), 1, tag, start, start.plus(Duration.ofDays(1)),
            hours, viewerMinutes);
    }

    static PlatformStatsComputed platform(Instant windowStart, Instant occurredAt, long totalViewers, int channels) {
        return new PlatformStatsComputed(ANY_ID, occurredAt, 1, windowStart, windowStart.plus(Duration.ofMinutes(5)),
            totalViewers, channels);
    }

    static ChannelScheduleComputed schedule(Channel channel, DayOfWeek weekday, int hour, String occurredAt,
                                            String windowStart, String windowEnd, int weeksLive, int weeksObserved) {
        return new ChannelScheduleComputed(ANY_ID, Instant.parse(occurredAt), 1, channel.broadcasterId(), channel.login(),
            weekday, hour, Instant.parse(windowStart), Instant.parse(windowEnd), weeksLive, weeksObserved,
            weeksLive / (double) weeksObserved);
    }
}
