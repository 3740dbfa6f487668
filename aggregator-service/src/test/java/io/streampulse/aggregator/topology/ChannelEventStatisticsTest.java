package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channel events per channel, type and day: counts, bits and subscriptions by tier; redeliveries once. */
class ChannelEventStatisticsTest {

    private static final String CHANNEL = "1337";

    @TempDir
    Path stateDir;

    @Test
    void countsEventsBitsAndTiersPerTypeAndDayAndIgnoresRedeliveries() {
        // Given a day of cheers, subscriptions, a gift of five, a resub and follows (one delivered twice),
        // and a follow the next day
        RecordingMetrics metrics = new RecordingMetrics();
        ChannelFollowed follow = follow("f-1", "2024-05-01T09:00:00Z");
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(metrics), stateDir)) {
            topology.pipe(List.of(
                new ChannelCheered("c-1", at("2024-05-01T08:00:00Z"), 1, CHANNEL, "cool_user", "Cool_User", false,
                    "501", "fan", "Fan", "Cheer100", 100),
                new ChannelCheered("c-2", at("2024-05-01T08:30:00Z"), 1, CHANNEL, "cool_user", "Cool_User", true,
                    null, null, null, "", 50),
                new ChannelSubscribed("s-1", at("2024-05-01T10:00:00Z"), 1, CHANNEL, "cool_user", "Cool_User", "502",
                    "sub", "Sub", "1000", false),
                new ChannelSubscribed("s-2", at("2024-05-01T11:00:00Z"), 1, CHANNEL, "cool_user", "Cool_User", "503",
                    "sub2", "Sub2", "2000", false),
                new ChannelSubscriptionGifted("g-1", at("2024-05-01T12:00:00Z"), 1, CHANNEL, "cool_user", "Cool_User",
                    "504", "gifter", "Gifter", 5, "1000", 10, false),
                new ChannelResubscribed("r-1", at("2024-05-01T13:00:00Z"), 1, CHANNEL, "cool_user", "Cool_User", "505",
                    "resub", "Resub", "1000", "hi", 12, 3, 1),
                follow,
                follow("f-2", "2024-05-01T14:00:00Z"),
                follow,
                follow("f-3", "2024-05-02T01:00:00Z")));

            // Then each type's day holds its count and totals
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_EVENTS_DAILY), byKey(
                tally(ChannelCheered.EVENT_TYPE, "2024-05-01", "2024-05-01T08:30:00Z", 2, 150, Map.of()),
                tally(ChannelSubscribed.EVENT_TYPE, "2024-05-01", "2024-05-01T11:00:00Z", 2, 0,
                    Map.of("1000", 1L, "2000", 1L)),
                tally(ChannelSubscriptionGifted.EVENT_TYPE, "2024-05-01", "2024-05-01T12:00:00Z", 1, 0,
                    Map.of("1000", 5L)),
                tally(ChannelResubscribed.EVENT_TYPE, "2024-05-01", "2024-05-01T13:00:00Z", 1, 0, Map.of("1000", 1L)),
                tally(ChannelFollowed.EVENT_TYPE, "2024-05-01", "2024-05-01T14:00:00Z", 2, 0, Map.of()),
                tally(ChannelFollowed.EVENT_TYPE, "2024-05-02", "2024-05-02T01:00:00Z", 1, 0, Map.of())));
            // And the redelivered follow was counted as a duplicate
            assertThat(metrics.duplicates).isEqualTo(1);
        }
    }

    private static ChannelFollowed follow(String eventId, String at) {
        return new ChannelFollowed(eventId, at(at), 1, CHANNEL, "cool_user", "Cool_User", "600" + eventId, "follower",
            "Follower", at(at));
    }

    private static ChannelEventsDailyStatsComputed tally(String type, String day, String occurredAt, long count,
                                                         long bits, Map<String, Long> tiers) {
        Instant start = Instant.parse(day + "T00:00:00Z");
        return new ChannelEventsDailyStatsComputed(Expected.ANY_ID, at(occurredAt), 1, CHANNEL, type, start,
            start.plus(Duration.ofDays(1)), count, bits, new TreeMap<>(tiers));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
