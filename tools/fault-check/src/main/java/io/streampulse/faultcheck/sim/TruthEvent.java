package io.streampulse.faultcheck.sim;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One EventSub message the simulator sent and what became of it ({@code GET /admin/truth/events}).
 *
 * @param outcome pending | delivered (a 2xx answer at least once) | failed (no 2xx after the retries) | dropped
 */
public record TruthEvent(String messageId, String messageType, String subscriptionId, String subscriptionType,
                         String subscriptionVersion, String broadcasterUserId, Map<String, Object> event,
                         Optional<Instant> deliveredAt, int attempts, int duplicates, String outcome) {

    /** The EventSub types that ingest files on twitch.channel.events.v1 (and archive in channel_events). */
    public static final Set<String> CHANNEL_TYPES = Set.of("channel.follow", "channel.subscribe",
            "channel.subscription.gift", "channel.subscription.message", "channel.cheer", "channel.raid",
            "channel.update");

    public TruthEvent {
        // Twitch events carry null fields (an anonymous cheer's user): no Map.copyOf here.
        event = event == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(event));
    }

    public boolean channelEvent() {
        return "notification".equals(messageType) && CHANNEL_TYPES.contains(subscriptionType);
    }

    public boolean delivered() {
        return "delivered".equals(outcome);
    }

    public boolean pending() {
        return "pending".equals(outcome);
    }
}
