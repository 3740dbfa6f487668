package io.streampulse.faultcheck.score;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregator's channel_events_daily recomputed from archive.channel_events, independently of the aggregator's
 * code: per channel, event type and UTC day of occurred_at, the number of events, the bits of cheers, and
 * subscriptions by tier (subscribe and resub count one, a gift its number of gifted subscriptions). Archive keys
 * events by message id, so every event appears once here; a redelivery the aggregator counted twice, or an event
 * it dropped, shows as a difference.
 */
public final class EventRollupOracle {

    private EventRollupOracle() {
    }

    public static Map<String, EventTally> recount(List<ArchivedEvent> events) {
        Map<String, EventTally> tallies = new TreeMap<>();
        for (ArchivedEvent event : events) {
            String key = event.broadcasterId() + "|" + event.eventType() + "|"
                    + event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
            tallies.put(key, tallies.getOrDefault(key, EventTally.EMPTY).add(event));
        }
        return tallies;
    }

    public static TableDiff compare(Map<String, EventTally> recounted, Map<String, EventTally> aggregated) {
        return TableDiff.of("channel_events_daily vs recount of archive.channel_events",
                asText(recounted), asText(aggregated));
    }

    private static Map<String, String> asText(Map<String, EventTally> tallies) {
        Map<String, String> text = new TreeMap<>();
        tallies.forEach((key, tally) -> text.put(key, tally.toString()));
        return text;
    }
}
