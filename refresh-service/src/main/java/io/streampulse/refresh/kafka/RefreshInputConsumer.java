package io.streampulse.refresh.kafka;

import io.streampulse.contracts.topic.Topics;
import io.streampulse.refresh.active.OwnedPartitions;
import io.streampulse.refresh.rebuild.ActiveSetRebuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one consumer (group {@code streampulse-refresh}) of twitch.streams.discovered.v1, .lifecycle.v1 and
 * .ended.v1. With the range assignor and 12 partitions on each topic, a replica gets the same partition
 * numbers of all three: the channels it owns. On assignment it makes sure those partitions' active sets are
 * in Redis (rebuilding from twitch.streams.live.v1 when not); on revocation it lets go (the scheduler stops
 * taking their streams). A poll's records are handled together: their Redis changes pipelined, their effects
 * awaited once. Every few seconds it checks the markers again, so a Redis flush is repaired without
 * an operator. Offsets are committed after a poll's effects are done (at least once); when Redis or Kafka
 * fails, the poll is read again after a pause.
 */
public final class RefreshInputConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshInputConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private final KafkaConsumer<String, byte[]> consumer;
    private final InputRecordHandler handler;
    private final OwnedPartitions owned;
    private final ActiveSetRebuilder rebuilder;
    private final Duration markerCheck;
    private final Thread thread;
    private volatile boolean running = true;
    private long nextMarkerCheck;

    public RefreshInputConsumer(Properties consumerConfig, InputRecordHandler handler, OwnedPartitions owned,
                                ActiveSetRebuilder rebuilder, Duration markerCheck) {
        Properties config = new Properties();
        config.putAll(consumerConfig);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.put("partition.assignment.strategy", "org.apache.kafka.clients.consumer.RangeAssignor");
        // A poll's Redis changes are pipelined and its Kafka effects awaited together: bigger polls, fewer waits.
        config.putIfAbsent("max.poll.records", "2000");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.handler = handler;
        this.owned = owned;
        this.rebuilder = rebuilder;
        this.markerCheck = markerCheck;
        this.thread = new Thread(this::run, "refresh-input");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        consumer.subscribe(List.of(Topics.STREAMS_DISCOVERED.name(), Topics.STREAMS_LIFECYCLE.name(),
            Topics.STREAMS_ENDED.name()), new Rebalance());
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                process(records);
                checkMarkers();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            List<CompletableFuture<?>> effects = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                effects.add(handler.handle(record));
            }
            CompletableFuture.allOf(effects.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            consumer.commitSync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (Exception e) {
            LOG.warn("Could not apply {} input records, reading them again in {}: {}", records.count(), ERROR_PAUSE,
                e.toString());
            rewind(records);
            pause();
        }
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
        }
    }

    private void checkMarkers() {
        long now = System.currentTimeMillis();
        if (now < nextMarkerCheck) {
            return;
        }
        nextMarkerCheck = now + markerCheck.toMillis();
        try {
            List<Integer> rebuilt = rebuilder.ensureLoaded(owned.current());
            if (!rebuilt.isEmpty()) {
                LOG.info("Rebuilt the active set of partitions {}", rebuilt);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check or rebuild the active sets (retrying in {}): {}", markerCheck, e.toString());
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(ERROR_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        Set<Integer> numbers = new TreeSet<>();
        partitions.forEach(tp -> numbers.add(tp.partition()));
        return numbers;
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Set<Integer> added = numbers(partitions);
            LOG.info("Assigned partitions {}", added);
            owned.assigned(added);
            nextMarkerCheck = 0;
            checkMarkers();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> removed = numbers(partitions);
            LOG.info("Revoked partitions {}", removed);
            owned.revoked(removed);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
