package io.streampulse.bench.archive;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The ceiling: a plain KafkaConsumer (no group, every partition assigned, bytes not decoded) reading a topic from
 * its beginning to its current end, with archive's {@code max.poll.records} (5000) and otherwise default fetch
 * settings. What any consumer of the topic on this broker and machine can reach at best.
 */
final class RawConsumer {

    private RawConsumer() {
    }

    /** Reads the whole topic once; its records and how long that took. */
    static Read readAll(String bootstrap, String topic, MachineProbe machine) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            long expected = partitions.stream().mapToLong(p -> ends.get(p) - begins.get(p)).sum();
            long records = 0;
            long bytes = 0;
            long started = System.nanoTime();
            long lastLog = started;
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                records += batch.count();
                for (var record : batch) {
                    bytes += record.serializedValueSize() + Math.max(0, record.serializedKeySize());
                }
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    lastLog = System.nanoTime();
                    Console.log("raw consumer: %,d of %,d records, %,.0f/s so far, load %.2f", records, expected,
                        records / ((lastLog - started) / 1e9), machine.sample());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Console.log("raw consumer: read %,d records (%,.1f MB) in %.2f s: %,.0f records/s", records, bytes / 1e6,
                seconds, records / seconds);
            return new Read(records, bytes, seconds);
        }
    }

    /** One read of a topic. */
    record Read(long records, long bytes, double seconds) {

        double perSecond() {
            return records / seconds;
        }
    }
}
