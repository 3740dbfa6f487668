package io.streampulse.contracts.event;

/**
 * An event on a multi-type topic: its JSON body carries {@code event_type} and producers set the same
 * value in the {@code event_type} Kafka header (JsonSerde's serializer does so).
 */
public interface TypedEvent extends Event {

    /** The Twitch subscription type, e.g. {@code stream.online} or {@code channel.subscription.gift}. */
    String eventType();
}
