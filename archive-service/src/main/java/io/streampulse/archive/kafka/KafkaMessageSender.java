package io.streampulse.archive.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.streampulse.archive.outbox.MessageSender;
import io.streampulse.archive.outbox.OutboxMessage;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The outbox relay's producer (idempotent, acks=all from libs/runtime): sends the stored JSON bytes as they are,
 * so the record is exactly what the topic's serde wrote when the session was archived.
 */
@Singleton
class KafkaMessageSender implements MessageSender {

    private final Producer<String, byte[]> producer;

    KafkaMessageSender(KafkaDefaultConfiguration kafka) {
        this.producer = new KafkaProducer<>(KafkaClientConfigs.producer(kafka, "archive-outbox"),
            new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public CompletableFuture<Void> send(OutboxMessage message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(message.topic(), message.key(),
            message.payload().getBytes(StandardCharsets.UTF_8)), (metadata, error) -> {
                if (error != null) {
                    sent.completeExceptionally(error);
                } else {
                    sent.complete(null);
                }
            });
        return sent;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
