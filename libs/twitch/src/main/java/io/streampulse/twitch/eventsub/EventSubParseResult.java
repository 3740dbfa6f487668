package io.streampulse.twitch.eventsub;

/** What {@link EventSubMessage#parse} made of a body. */
public sealed interface EventSubParseResult {

    /** A supported message, fully typed. */
    record Parsed(EventSubMessage message) implements EventSubParseResult {
    }

    /**
     * Well-formed but not a type (or version) this library models. Acknowledge it (2XX) and count it;
     * {@code subscription} is null when the message type itself is unknown.
     */
    record Unsupported(String messageType, String subscriptionType, String subscriptionVersion,
                       EventSubSubscription subscription) implements EventSubParseResult {
    }

    /** Not JSON, or a required field missing or of the wrong type; {@code reason} says which. */
    record Malformed(String reason) implements EventSubParseResult {
    }
}
