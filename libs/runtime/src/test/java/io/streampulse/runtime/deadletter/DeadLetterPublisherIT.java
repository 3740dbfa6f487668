package io.streampulse.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.deadletter.PayloadEncoding;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.RuntimeContexts;
import io.streampulse.runtime.topic.TopicProvisioning;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A dead letter goes to twitch.deadletter.v1 with its reason, under the original key, and is counted. */
class DeadLetterPublisherIT {

    private static final String SPEC = "DeadLetterPublisherIT";

    @Test
    void writesTheRecordWithItsReasonAndCountsIt() throws Exception {
        // Given an ingest service whose topics exist
        Map<String, Object> settings = RuntimeContexts.service(Services.INGEST, TestKafka.bootstrapServers());
        settings.put("spec.name", SPEC);
        try (ApplicationContext context = RuntimeContexts.start(settings)) {
            await().atMost(Duration.ofSeconds(60))
                .until(() -> context.getBean(TopicProvisioning.class).status().isProvisioned());
            String key = TestNames.unique("broadcaster");
            Instant before = Instant.now();

            // When a record of the channel events topic that is not JSON is dead-lettered
            RecordMetadata written = context.getBean(DeadLetterPublisher.class).publish(Topics.CHANNEL_EVENTS.name(),
                    3, 42L, key, "{\"broken\":".getBytes(StandardCharsets.UTF_8), "invalid_json",
                    "Unexpected end-of-input")
                .get(30, TimeUnit.SECONDS);

            // Then a consumer reads it back, whole, under the original key
            ConsumerRecord<String, DeadLetterRecord> read = readAt(written);
            DeadLetterRecord letter = read.value();
            assertThat(read.key()).isEqualTo(key);
            assertThat(letter).isEqualTo(new DeadLetterRecord(letter.eventId(), letter.occurredAt(),
                SchemaVersion.CURRENT, Topics.CHANNEL_EVENTS.name(), 3, 42L, key, "{\"broken\":",
                PayloadEncoding.UTF8, "invalid_json", "Unexpected end-of-input", Services.INGEST));
            assertThat(letter.eventId()).isNotBlank();
            assertThat(letter.occurredAt()).isBetween(before, Instant.now());

            // And it is counted by source topic and error type
            double counted = context.getBean(MeterRegistry.class).get(DeadLetterPublisher.METRIC)
                .tags("source_topic", Topics.CHANNEL_EVENTS.name(), "error_type", "invalid_json").counter().count();
            assertThat(counted).isEqualTo(1.0);
        }
    }

    private static ConsumerRecord<String, DeadLetterRecord> readAt(RecordMetadata written) {
        Map<String, Object> config = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, DeadLetterRecord> consumer = new KafkaConsumer<>(config,
                Topics.DEADLETTER.keySerde().deserializer(), Topics.DEADLETTER.valueSerde().deserializer())) {
            TopicPartition partition = new TopicPartition(written.topic(), written.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, written.offset());
            return await().atMost(Duration.ofSeconds(30)).until(
                () -> consumer.poll(Duration.ofMillis(200)).records(partition).stream().findFirst().orElse(null),
                record -> record != null);
        }
    }

    /** Micronaut's Micrometer support only composes registries; give the test one that keeps counts. */
    @Factory
    @Requires(property = "spec.name", value = SPEC)
    static class CountingRegistry {
        @Singleton
        SimpleMeterRegistry simpleMeterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
