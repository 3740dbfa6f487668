package io.streampulse.twitch.eventsub;

/**
 * A webhook delivery body, typed by its {@code Twitch-Eventsub-Message-Type}.
 * Parse with {@link #parse(String, byte[])}; verify the signature first.
 */
public sealed interface EventSubMessage {

    EventSubSubscription subscription();

    /** {@code webhook_callback_verification}: answer 200 text/plain with exactly {@link #challenge()}. */
    record Challenge(EventSubSubscription subscription, String challenge) implements EventSubMessage {
    }

    /** {@code revocation}: the reason is {@code subscription().status()}; answer 2XX. */
    record Revocation(EventSubSubscription subscription) implements EventSubMessage {
    }

    /** {@code notification} of a supported type. */
    record Notification(EventSubSubscription subscription, EventSubEvent event) implements EventSubMessage {
    }

    /**
     * Parses a raw body. {@code messageType} is the {@code Twitch-Eventsub-Message-Type} header; when
     * null the type is inferred from the body (challenge, event, or else revocation). Never throws and
     * never returns null: unknown message or subscription types give
     * {@link EventSubParseResult.Unsupported}, anything unreadable {@link EventSubParseResult.Malformed}.
     */
    static EventSubParseResult parse(String messageType, byte[] body) {
        return EventSubParser.parse(messageType, body);
    }
}
