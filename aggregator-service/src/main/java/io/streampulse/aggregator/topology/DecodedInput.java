package io.streampulse.aggregator.topology;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads an input topic without ever throwing on its bytes: valid events continue in event time (the record
 * timestamp becomes the event's {@code occurred_at}); malformed records and tombstones go to
 * twitch.deadletter.v1 with the reason, and processing continues.
 */
final class DecodedInput {

    private DecodedInput() {
    }

    static <T extends Event> KStream<String, T> read(StreamsBuilder builder, Topic<String, T> topic,
                                                     TopologySettings settings) {
        String name = topic.name();
        KStream<String, Decoded<T>> raw = builder.stream(name, Consumed.with(topic.keySerde(), decodedSerde(topic))
            .withOffsetResetPolicy(settings.inputOffsetReset()).withName(name + "-source"));
        Map<String, KStream<String, Decoded<T>>> branches = raw
            .split(Named.as(name + "-"))
            .branch((key, value) -> value.isValid(), Branched.as("valid"))
            .defaultBranch(Branched.as("invalid"));
        branches.get(name + "-invalid")
            .processValues(() -> new ToDeadLetter<T>(settings), Named.as(name + "-dead-letters"))
            .to(Topics.DEADLETTER.name(), Produced.with(Topics.DEADLETTER.keySerde(), Topics.DEADLETTER.valueSerde())
                .withName(name + "-dead-letter-sink"));
        return branches.get(name + "-valid")
            .processValues(InEventTime<T>::new, Named.as(name + "-event-time"));
    }

    private static <T> Serde<Decoded<T>> decodedSerde(Topic<String, T> topic) {
        if (!(topic.valueSerde() instanceof JsonSerde<T> json)) {
            throw new IllegalArgumentException(topic.name() + " has no JSON serde");
        }
        return json.decodedSerde();
    }

    /** Unwraps a valid event and stamps the record with its {@code occurred_at}. */
    private static final class InEventTime<T extends Event> implements FixedKeyProcessor<String, Decoded<T>, T> {

        private FixedKeyProcessorContext<String, T> context;

        @Override
        public void init(FixedKeyProcessorContext<String, T> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Decoded<T>> record) {
            T event = ((Decoded.Valid<T>) record.value()).value();
            context.forward(record.withValue(event).withTimestamp(event.occurredAt().toEpochMilli()));
        }
    }

    /** Turns an undecodable record into a dead letter naming its topic, partition, offset and reason. */
    private static final class ToDeadLetter<T> implements FixedKeyProcessor<String, Decoded<T>, DeadLetterRecord> {

        private final TopologySettings settings;
        private FixedKeyProcessorContext<String, DeadLetterRecord> context;

        ToDeadLetter(TopologySettings settings) {
            this.settings = settings;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, DeadLetterRecord> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Decoded<T>> record) {
            RecordMetadata source = context.recordMetadata().orElseThrow();
            String errorType;
            String reason;
            byte[] raw;
            if (record.value() instanceof Decoded.Invalid<T> invalid) {
                errorType = invalid.problem().name().toLowerCase(Locale.ROOT);
                reason = invalid.reason();
                raw = invalid.raw();
            } else {
                errorType = "tombstone";
                reason = "a null value (tombstone) is not an event of " + source.topic();
                raw = null;
            }
            DeadLetterRecord letter = DeadLetterRecord.of(source.topic(), source.partition(), source.offset(),
                record.key(), raw, errorType, reason, settings.serviceName(), settings.clock().instant());
            settings.metrics().deadLettered(source.topic(), errorType);
            context.forward(record.withValue(letter));
        }
    }
}
