package io.streampulse.archive.event;

import java.time.Instant;

/**
 * One row of {@code channel_events}: the Twitch message id, the channel it is filed under, the type, who acted
 * (null for anonymous gifts and cheers and for channel.update), the amount (bits, gifted subscriptions, raiders,
 * resub months) or tier, when it happened and the whole event as JSON.
 */
public record ChannelEventRow(
    String eventId,
    String broadcasterId,
    String eventType,
    String actorId,
    String actorLogin,
    String actorName,
    Integer amount,
    String tier,
    Instant occurredAt,
    String payload) {
}
