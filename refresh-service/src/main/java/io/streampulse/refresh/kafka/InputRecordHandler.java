package io.streampulse.refresh.kafka;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.refresh.active.ActiveSetUpdater;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes one input record and hands it to the {@link ActiveSetUpdater}; a record that cannot be decoded
 * (not JSON, invalid field, unknown event type, tombstone on an event topic) goes to the dead-letter topic.
 */
public final class InputRecordHandler {

    private static final JsonSerde<StreamDiscovered> DISCOVERED = JsonSerde.of(StreamDiscovered.class);
    private static final JsonSerde<StreamLifecycleEvent> LIFECYCLE = JsonSerde.of(StreamLifecycleEvent.class);
    private static final JsonSerde<StreamEnded> ENDED = JsonSerde.of(StreamEnded.class);

    private final ActiveSetUpdater updater;
    private final DeadLetters deadLetters;

    public InputRecordHandler(ActiveSetUpdater updater, DeadLetters deadLetters) {
        this.updater = updater;
        this.deadLetters = deadLetters;
    }

    /** Dead letters, as {@code DeadLetterPublisher} from libs/runtime sends them. */
    public interface DeadLetters {
        CompletableFuture<?> publish(String sourceTopic, int partition, long offset, String key, byte[] value,
                                     String errorType, String errorMessage);
    }

    /** Completes when the record's effects (Redis, Kafka) are done. */
    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record) {
        int p = record.partition();
        String topic = record.topic();
        if (topic.equals(Topics.STREAMS_DISCOVERED.name())) {
            return dispatch(record, DISCOVERED, e -> updater.discovered(p, e));
        }
        if (topic.equals(Topics.STREAMS_LIFECYCLE.name())) {
            return dispatch(record, LIFECYCLE, e -> updater.lifecycle(p, e));
        }
        if (topic.equals(Topics.STREAMS_ENDED.name())) {
            return dispatch(record, ENDED, e -> updater.ended(p, e));
        }
        return deadLetter(record, "unexpected_topic", "refresh does not read " + topic);
    }

    private <T> CompletableFuture<?> dispatch(ConsumerRecord<String, byte[]> record, JsonSerde<T> serde,
                                              Function<T, CompletableFuture<Void>> effect) {
        Decoded<T> decoded = serde.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<T> valid) {
            return effect.apply(valid.value());
        }
        if (decoded instanceof Decoded.Invalid<T> invalid) {
            return deadLetter(record, invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason());
        }
        return deadLetter(record, "tombstone", "a null value is not a " + serde.type().getSimpleName());
    }

    private CompletableFuture<?> deadLetter(ConsumerRecord<String, byte[]> record, String type, String message) {
        return deadLetters.publish(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
            type, message);
    }
}
