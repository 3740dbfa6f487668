package io.streampulse.faultcheck.score;

import java.time.Instant;

/** A row of archive.channel_events (amount: bits, gifted subscriptions, raiders or resub months; tier or null). */
public record ArchivedEvent(String eventId, String broadcasterId, String eventType, Integer amount, String tier,
                            Instant occurredAt) {
}
