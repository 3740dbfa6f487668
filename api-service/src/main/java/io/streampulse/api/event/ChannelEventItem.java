package io.streampulse.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * One channel event as the API shows it (the list of {@code /channels/{login}/events} and each Server-Sent Event
 * carry this shape). {@code event_type} is the EventSub type (e.g. {@code channel.follow}); the actor is the user who
 * acted (the other channel for a raid; null for channel.update and anonymous gifts or cheers); {@code amount} is the
 * bits of a cheer, the subscriptions of a gift, the raiders of a raid or the months of a resub; {@code tier} is
 * 1000/2000/3000 for subscriptions.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChannelEventItem(
    String eventId,
    String eventType,
    String broadcasterId,
    String actorId,
    String actorLogin,
    String actorName,
    Integer amount,
    String tier,
    Instant occurredAt) {
}
