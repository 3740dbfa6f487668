package io.streampulse.faultcheck.probe;

import io.streampulse.contracts.topic.Topics;
import io.streampulse.faultcheck.store.Kafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Follows twitch.streams.observations.v1 from its end and remembers the newest record's timestamp, so a probe can
 * ask "has refresh written an observation since t?". It keeps reading through broker restarts (the consumer
 * reconnects; its positions stay in memory).
 */
public final class ObservationTail implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public ObservationTail(String bootstrapServers) {
        this.consumer = Kafka.consumer(bootstrapServers);
        List<TopicPartition> partitions = IntStream.range(0, Topics.STREAMS_OBSERVATIONS.partitions())
                .mapToObj(p -> new TopicPartition(Topics.STREAMS_OBSERVATIONS.name(), p)).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        this.thread = new Thread(this::run, "observation-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    newest.accumulateAndGet(record.timestamp(), Math::max);
                    records.incrementAndGet();
                });
            }
        } catch (WakeupException stopping) {
            // close() was called
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** True once an observation written after {@code time} was read. */
    public boolean seenAfter(Instant time) {
        return newest.get() > time.toEpochMilli();
    }

    public long records() {
        return records.get();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
