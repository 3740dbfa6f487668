package io.streampulse.runtime.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Property;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that could not be processed to {@code twitch.deadletter.v1}, keyed like the original,
 * and counts them in {@value #METRIC} tagged by {@code source_topic} and {@code error_type}.
 * Listeners call it instead of dropping or retrying a poison record for ever. It owns its producer:
 * the service's {@code kafka.*} client settings, the shared {@link io.streampulse.runtime.kafka.ProducerDefaults}
 * and the registry's serializers (so the bytes match the published schema).
 */
@Singleton
public class DeadLetterPublisher {

    /** Micrometer name; Prometheus exposes it as {@code streampulse_deadletter_records_total}. */
    public static final String METRIC = "streampulse.deadletter.records";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final Producer<String, DeadLetterRecord> producer;
    private final MeterRegistry meters;
    private final String serviceName;
    private final Clock clock;

    DeadLetterPublisher(KafkaDefaultConfiguration kafka, MeterRegistry meters,
                        @Property(name = "streampulse.service-name") String serviceName) {
        Topic<String, DeadLetterRecord> topic = Topics.DEADLETTER;
        this.producer = new KafkaProducer<>(KafkaClientConfigs.producer(kafka, serviceName + "-deadletter"),
            topic.keySerde().serializer(), topic.valueSerde().serializer());
        this.meters = meters;
        this.serviceName = serviceName;
        this.clock = Clock.systemUTC();
    }

    /**
     * Dead-letters the raw value of a consumed record.
     *
     * @param errorType    a stable, typed reason (e.g. {@code invalid_json}, {@code unknown_event_type})
     * @param errorMessage what exactly was wrong, for the operator
     */
    public CompletableFuture<RecordMetadata> publish(String sourceTopic, int partition, long offset, String key,
                                                     byte[] value, String errorType, String errorMessage) {
        return publish(DeadLetterRecord.of(sourceTopic, partition, offset, key, value, errorType, errorMessage,
            serviceName, clock.instant()));
    }

    /** Sends {@code record}; completes when the broker has acknowledged it, and only then counts it. */
    public CompletableFuture<RecordMetadata> publish(DeadLetterRecord record) {
        CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(Topics.DEADLETTER.name(), record.key(), record), (metadata, error) -> {
            if (error != null) {
                LOG.error("Could not dead-letter a record of {} at {}/{}: {}", record.sourceTopic(),
                    record.partition(), record.offset(), error.toString());
                sent.completeExceptionally(error);
                return;
            }
            counter(record).increment();
            LOG.warn("Dead-lettered a record of {} at {}/{} ({}): {}", record.sourceTopic(), record.partition(),
                record.offset(), record.errorType(), record.errorMessage());
            sent.complete(metadata);
        });
        return sent;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private Counter counter(DeadLetterRecord record) {
        return Counter.builder(METRIC)
            .description("Records sent to the dead-letter topic")
            .tag("source_topic", record.sourceTopic())
            .tag("error_type", record.errorType())
            .register(meters);
    }
}
