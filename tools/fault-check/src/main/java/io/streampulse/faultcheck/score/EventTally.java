package io.streampulse.faultcheck.score;

import java.util.Map;
import java.util.TreeMap;

/**
 * One channel, event type and UTC day of aggregator.channel_events_daily: how many events, the bits cheered, and
 * subscriptions by tier (a gift counts its gifted subscriptions).
 */
public record EventTally(long count, long bits, Map<String, Long> tiers) {

    public static final EventTally EMPTY = new EventTally(0, 0, Map.of());

    public EventTally {
        tiers = Map.copyOf(new TreeMap<>(tiers));
    }

    EventTally add(ArchivedEvent event) {
        long addedBits = "channel.cheer".equals(event.eventType()) && event.amount() != null ? event.amount() : 0;
        Map<String, Long> byTier = new TreeMap<>(tiers);
        if (event.tier() != null) {
            long subscriptions = "channel.subscription.gift".equals(event.eventType()) && event.amount() != null
                    ? event.amount() : 1;
            byTier.merge(event.tier(), subscriptions, Long::sum);
        }
        return new EventTally(count + 1, bits + addedBits, byTier);
    }
}
