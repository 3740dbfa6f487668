package io.streampulse.contracts.event;

import java.time.Instant;

/**
 * Fields every record on a StreamPulse topic carries.
 *
 * <p>{@code event_id} is a UUID string or the Twitch message id, {@code occurred_at} is an RFC 3339 UTC
 * instant, {@code schema_version} is the version of the record's shape on its topic (see {@link SchemaVersion}).
 */
public interface Event {

    String eventId();

    Instant occurredAt();

    int schemaVersion();

    /** The Kafka record key this event is written under (broadcaster_id for stream and channel topics). */
    String key();
}
