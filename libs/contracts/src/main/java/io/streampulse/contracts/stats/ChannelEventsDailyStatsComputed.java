package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Channel events of one type for one channel on one UTC day. {@code event_type} is the Twitch
 * subscription type (channel.cheer ...); {@code bits_total} sums cheers; {@code sub_tiers} counts
 * subscriptions by tier ("1000" -> 3). Key {@code <broadcaster_id>|<event_type>|<yyyy-MM-dd>}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelEventsDailyStatsComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String eventType,
    Instant windowStart,
    Instant windowEnd,
    long count,
    long bitsTotal,
    Map<String, Long> subTiers) implements Event {

    public ChannelEventsDailyStatsComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(eventType, "event_type");
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(count, "count");
        Require.notNegative(bitsTotal, "bits_total");
        subTiers = Require.sortedMapOf(subTiers, "sub_tiers");
        subTiers.forEach((tier, subs) -> {
            if (!TIERS.contains(tier) || subs < 0) {
                throw new IllegalArgumentException("sub_tiers must map 1000, 2000 or 3000 to a count >= 0 but has "
                    + tier + " -> " + subs);
            }
        });
    }

    private static final Set<String> TIERS = Set.of("1000", "2000", "3000");

    @Override
    public String key() {
        return StatsWindow.key(broadcasterId, eventType, StatsWindow.day(windowStart));
    }
}
