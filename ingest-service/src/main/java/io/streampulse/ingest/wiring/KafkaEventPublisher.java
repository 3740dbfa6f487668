package io.streampulse.ingest.wiring;

import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.ingest.publish.EventPublisher;
import io.streampulse.ingest.publish.Publication;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * {@link EventPublisher} on one idempotent, acks=all producer of raw bytes: each value is serialised with its
 * registry topic's serde (which also sets the {@code event_type} header on multi-type topics). Dead letters go
 * through libs/runtime's {@link DeadLetterPublisher} (counted in {@code streampulse_deadletter_records_total}).
 */
final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final DeadLetterPublisher deadLetters;

    KafkaEventPublisher(Producer<String, byte[]> producer, DeadLetterPublisher deadLetters) {
        this.producer = producer;
        this.deadLetters = deadLetters;
    }

    @Override
    public CompletableFuture<Void> publish(List<Publication<?>> publications) {
        CompletableFuture<?>[] sent = new CompletableFuture<?>[publications.size()];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = send(publications.get(i));
        }
        return CompletableFuture.allOf(sent);
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeadLetterRecord record) {
        return deadLetters.publish(record).thenApply(metadata -> null);
    }

    private <V> CompletableFuture<Void> send(Publication<V> publication) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            String topic = publication.topic().name();
            RecordHeaders headers = new RecordHeaders();
            byte[] value = publication.topic().valueSerde().serializer().serialize(topic, headers, publication.value());
            producer.send(new ProducerRecord<>(topic, null, publication.key(), value, headers), (metadata, error) -> {
                if (error != null) {
                    acknowledged.completeExceptionally(error);
                } else {
                    acknowledged.complete(null);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
