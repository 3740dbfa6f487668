package io.streampulse.ingest;

import io.streampulse.contracts.topic.Topic;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Reads a registry topic from the moment it is opened (every partition, positioned at the end), decoding values with
 * the registry's serde, so a test sees exactly the records written after it started.
 */
public final class TopicTail<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();

    private TopicTail(Topic<String, V> topic) {
        consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, TestNames.unique("ingest-tail"),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
            topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
            .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    public static <V> TopicTail<V> of(Topic<String, V> topic) {
        return new TopicTail<>(topic);
    }

    /** Every record read so far (polls once more first). */
    public synchronized List<ConsumerRecord<String, V>> records() {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Waits until at least {@code count} records match, then returns all matching records. */
    public List<ConsumerRecord<String, V>> await(Predicate<ConsumerRecord<String, V>> matching, int count,
                                                 Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
            .until(() -> records().stream().filter(matching).count() >= count);
        return records().stream().filter(matching).toList();
    }

    public List<V> values(Predicate<V> matching) {
        return records().stream().map(ConsumerRecord::value).filter(matching).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
