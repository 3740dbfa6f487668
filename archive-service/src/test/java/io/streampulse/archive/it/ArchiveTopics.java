package io.streampulse.archive.it;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The real topics archive reads and writes, on the test broker: produce as the producers do, read back. */
public final class ArchiveTopics implements AutoCloseable {

    public static final List<Topic<String, ?>> ALL = List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_LIFECYCLE,
        Topics.CHANNEL_EVENTS, Topics.USERS_REVOKED, Topics.STREAMS_ENDED, Topics.DEADLETTER);

    private final KafkaProducer<String, byte[]> producer;

    public ArchiveTopics() {
        TestKafka.createTopics(ALL);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Produces {@code value} under its key with the topic's serializer (which sets the event_type header). */
    public <V extends Event> RecordMetadata send(Topic<String, V> topic, V value) {
        RecordHeaders headers = new RecordHeaders();
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), headers, value);
        return sendRaw(topic.name(), value.key(), bytes, headers);
    }

    /** Produces raw bytes (e.g. a malformed record). */
    public RecordMetadata sendRaw(String topic, String key, byte[] value, RecordHeaders headers) {
        try {
            return producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    /** Every record of {@code topic} under {@code key}, from the beginning, decoded with the topic's serde. */
    public static <V> List<V> readAll(Topic<String, V> topic, String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<V> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.headers(),
                            record.value()));
                    }
                }
            }
            return values;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
