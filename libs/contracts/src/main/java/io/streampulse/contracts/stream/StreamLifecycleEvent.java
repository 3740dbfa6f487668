package io.streampulse.contracts.stream;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.streampulse.contracts.event.TypedEvent;

/**
 * EventSub stream.online / stream.offline facts on twitch.streams.lifecycle.v1. The JSON body carries
 * {@code event_type} (the Twitch subscription type) and producers set the same value in the
 * {@code event_type} header. Dispatch with {@link #accept(Visitor)}: the compiler makes every visitor
 * handle every type (Java 17 has no pattern {@code switch}), so a new type cannot be silently ignored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event_type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StreamWentOnline.class, name = StreamWentOnline.EVENT_TYPE),
    @JsonSubTypes.Type(value = StreamWentOffline.class, name = StreamWentOffline.EVENT_TYPE)
})
public sealed interface StreamLifecycleEvent extends TypedEvent permits StreamWentOnline, StreamWentOffline {

    String broadcasterId();

    String broadcasterLogin();

    String broadcasterName();

    <R> R accept(Visitor<R> visitor);

    /** One method per lifecycle event type. */
    interface Visitor<R> {
        R online(StreamWentOnline event);

        R offline(StreamWentOffline event);
    }

    @Override
    default String key() {
        return broadcasterId();
    }
}
