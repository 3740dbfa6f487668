package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaRoundTripIT {

    record Received(String key, String value) {
    }

    @Test
    void recordsProducedToATopicAreConsumedByAFreshGroup() throws Exception {
        // Given
        String topic = TestNames.unique("roundtrip");
        TestKafka.createTopic(topic, 3, Map.of());
        List<Received> sent = List.of(
                new Received("111", "online"), new Received("222", "online"), new Received("111", "offline"));

        // When
        try (KafkaProducer<String, String> producer = producer()) {
            for (Received record : sent) {
                producer.send(new ProducerRecord<>(topic, record.key(), record.value())).get();
            }
        }

        // Then
        List<Received> received = consumeAll(topic, sent.size());
        assertThat(received).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(received.stream().filter(r -> r.key().equals("111")).map(Received::value))
                .containsExactly("online", "offline");
    }

    private static List<Received> consumeAll(String topic, int expected) {
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(new Received(record.key(), record.value()));
                }
                assertThat(received).hasSizeGreaterThanOrEqualTo(expected);
            });
            // One more poll: anything beyond the expected records would show up here.
            consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(new Received(r.key(), r.value())));
        }
        return received;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, TestNames.unique("roundtrip-group"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
