package io.streampulse.archive.outbox;

import java.util.Objects;

/** A record to publish: its event id (the outbox key), topic, Kafka key and JSON value. */
public record OutboxMessage(String eventId, String topic, String key, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
