package io.streampulse.simfeed.feed;

import io.streampulse.contracts.topic.Topic;
import io.streampulse.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what a test's run wrote to a topic: every record between two marks of the partitions' end offsets. */
final class TopicRecords {

    private TopicRecords() {
    }

    /** A record as read back: key, timestamp and the decoded value. */
    record Read<V>(String key, long timestamp, V value) {
    }

    /** The end offset of every partition of {@code topic} now. */
    static Map<TopicPartition, Long> ends(Topic<String, ?> topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer, topic));
        }
    }

    /** The records of {@code topic} from the offsets {@code from} up to the current end. */
    static <V> List<Read<V>> since(Topic<String, V> topic, Map<TopicPartition, Long> from) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            List<Read<V>> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        values.add(new Read<>(record.key(), record.timestamp(), topic.valueSerde().deserializer()
                            .deserialize(topic.name(), record.headers(), record.value())));
                    }
                }
            }
            return values;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, Topic<String, ?> topic) {
        return consumer.partitionsFor(topic.name()).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
