package io.streampulse.archive.kafka;

import io.streampulse.archive.ingest.ArchiveBatch;
import io.streampulse.archive.ingest.Rejected;
import io.streampulse.archive.ingest.Source;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes the records of the topics archive reads with the registry's serdes, without throwing: a valid value
 * goes into the batch by kind; anything else (malformed JSON, invalid fields, unknown event type, a tombstone, a
 * topic archive does not read) is kept as rejected with a typed reason, for the dead-letter topic.
 */
final class RecordDecoder {

    static final String OBSERVATIONS = "twitch.streams.observations.v1";
    static final String LIFECYCLE = "twitch.streams.lifecycle.v1";
    static final String CHANNEL_EVENTS = "twitch.channel.events.v1";
    static final String USERS_REVOKED = "twitch.users.revoked.v1";

    private final JsonSerde<StreamObserved> observations = serde(Topics.STREAMS_OBSERVATIONS);
    private final JsonSerde<StreamLifecycleEvent> lifecycle = serde(Topics.STREAMS_LIFECYCLE);
    private final JsonSerde<ChannelEventReceived> channelEvents = serde(Topics.CHANNEL_EVENTS);
    private final JsonSerde<UserAuthorizationRevoked> revocations = serde(Topics.USERS_REVOKED);

    ArchiveBatch decode(Iterable<ConsumerRecord<String, byte[]>> records) {
        ArchiveBatch.Builder batch = new ArchiveBatch.Builder();
        for (ConsumerRecord<String, byte[]> record : records) {
            add(batch, record);
        }
        return batch.build();
    }

    private void add(ArchiveBatch.Builder batch, ConsumerRecord<String, byte[]> record) {
        Source source = new Source(record.topic(), record.partition(), record.offset(), record.key(), record.value());
        switch (record.topic()) {
            case OBSERVATIONS -> decode(observations, record, source, batch, batch::observation);
            case LIFECYCLE -> decode(lifecycle, record, source, batch, batch::lifecycle);
            case CHANNEL_EVENTS -> decode(channelEvents, record, source, batch, batch::channelEvent);
            case USERS_REVOKED -> decode(revocations, record, source, batch, batch::revocation);
            default -> batch.invalid(new Rejected(source, "unexpected_topic", "archive does not read " + record.topic()));
        }
    }

    private static <T> void decode(JsonSerde<T> serde, ConsumerRecord<String, byte[]> record, Source source,
                                   ArchiveBatch.Builder batch, BiConsumer<Source, T> valid) {
        Decoded<T> decoded;
        try {
            decoded = serde.decode(record.headers(), record.value());
        } catch (RuntimeException e) {
            batch.invalid(new Rejected(source, "undecodable", e.toString()));
            return;
        }
        if (decoded instanceof Decoded.Valid<T> value) {
            valid.accept(source, value.value());
        } else if (decoded instanceof Decoded.Invalid<T> invalid) {
            batch.invalid(new Rejected(source, invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason()));
        } else {
            batch.invalid(new Rejected(source, "tombstone", "a null value on " + record.topic()
                + ", a topic whose records all carry a value"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> JsonSerde<V> serde(Topic<String, V> topic) {
        if (topic.valueSerde() instanceof JsonSerde<?> serde) {
            return (JsonSerde<V>) serde;
        }
        throw new IllegalStateException(topic.name() + " has no JsonSerde value serde");
    }
}
