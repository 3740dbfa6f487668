package io.streampulse.aggregator.throughput;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.topic.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The ceiling a topology is compared with: how fast one plain consumer (no group, no commits) reads the whole
 * topic from the same broker, as bytes only, and with each value decoded by the contract's JSON serde (what the
 * topology does first with every record).
 *
 * @param records            records read
 * @param rawPerSecond       records/s reading bytes only
 * @param decodedPerSecond   records/s reading and JSON-decoding every value
 */
public record ConsumerCeiling(long records, double rawPerSecond, double decodedPerSecond) {

    static ConsumerCeiling measure(String bootstrap, Topic<String, ?> topic, Deserializer<? extends Decoded<?>> decoder) {
        long[] valid = new long[1];
        Timed raw = read(bootstrap, topic.name(), record -> { });
        Timed decoded = read(bootstrap, topic.name(), record -> {
            if (decoder.deserialize(record.topic(), record.headers(), record.value()).isValid()) {
                valid[0]++;
            }
        });
        if (valid[0] != decoded.records()) {
            throw new IllegalStateException("only " + valid[0] + " of " + decoded.records() + " records decode");
        }
        return new ConsumerCeiling(raw.records(), raw.perSecond(), decoded.perSecond());
    }

    private static Timed read(String bootstrap, String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions));
            remaining.values().removeIf(end -> end == 0);
            long start = System.nanoTime();
            long records = 0;
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(record);
                    records++;
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() + 1 >= remaining.getOrDefault(partition, Long.MAX_VALUE)) {
                        remaining.remove(partition);
                    }
                }
            }
            return new Timed(records, (System.nanoTime() - start) / 1e9);
        }
    }

    private record Timed(long records, double seconds) {

        double perSecond() {
            return records / seconds;
        }
    }
}
