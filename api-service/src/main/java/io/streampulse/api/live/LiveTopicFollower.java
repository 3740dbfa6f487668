package io.streampulse.api.live;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the compacted twitch.streams.live.v1 into the {@link LiveIndex}, in every replica: all partitions
 * assigned (no group, no commits), read from the beginning at start, then followed. A value is a stream's current
 * state, a tombstone its end; an unreadable record is dead-lettered with the reason and skipped. When the topic does
 * not exist yet, the follower is caught up (nothing to read) and looks again every few seconds. Once caught up it
 * stays so (readiness does not flap when the topic appears later or a partition falls behind).
 */
final class LiveTopicFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTopicFollower.class);
    private static final JsonSerde<LiveStreamUpdated> SERDE = JsonSerde.of(LiveStreamUpdated.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);
    private static final long RETRY_PAUSE_MS = 1000;
    private static final long TOPIC_RECHECK_MS = 5000;

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final LiveIndex index;
    private final DeadLetterPublisher deadLetters;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile CatchUp status = CatchUp.starting();
    private Map<TopicPartition, Long> target = Map.of();
    private long nextTopicCheck;

    LiveTopicFollower(Properties config, String topic, LiveIndex index, DeadLetterPublisher deadLetters) {
        Properties properties = new Properties();
        properties.putAll(config);
        properties.remove("group.id");
        properties.put("enable.auto.commit", "false");
        properties.put("auto.offset.reset", "earliest");
        properties.put("max.poll.records", "5000");
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.index = index;
        this.deadLetters = deadLetters;
        this.thread = new Thread(this::run, "live-index");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    CatchUp status() {
        return status;
    }

    private void run() {
        try {
            while (running) {
                if (consumer.assignment().isEmpty()) {
                    assignWhenPresent();
                } else {
                    consumer.poll(POLL).forEach(this::apply);
                    track();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void assignWhenPresent() {
        if (System.currentTimeMillis() < nextTopicCheck) {
            pause(Math.min(RETRY_PAUSE_MS, nextTopicCheck - System.currentTimeMillis()));
            return;
        }
        try {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                status = new CatchUp(true, false, Map.of(), null);
                nextTopicCheck = System.currentTimeMillis() + TOPIC_RECHECK_MS;
                return;
            }
            List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            target = consumer.endOffsets(all, METADATA_TIMEOUT);
            LOG.info("Reading {} ({} partitions) from the beginning into the live index", topic, all.size());
            track();
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            consumer.unsubscribe();
            status = new CatchUp(status.caughtUp(), status.topicPresent(), status.lag(), e.toString());
            LOG.warn("Cannot read {} yet (retrying): {}", topic, e.toString());
            pause(RETRY_PAUSE_MS);
        }
    }

    private void track() {
        if (status.caughtUp() && status.topicPresent()) {
            return;
        }
        Map<Integer, Long> lag = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
            long behind = end.getValue() - consumer.position(end.getKey(), METADATA_TIMEOUT);
            if (behind > 0) {
                lag.put(end.getKey().partition(), behind);
            }
        }
        boolean wasReady = status.caughtUp();
        boolean caughtUp = lag.isEmpty() || wasReady;
        status = new CatchUp(caughtUp, true, Map.copyOf(lag), null);
        if (lag.isEmpty()) {
            LOG.info("Live index caught up with {}: {} live streams", topic, index.size());
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        Decoded<LiveStreamUpdated> decoded = SERDE.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<LiveStreamUpdated> valid) {
            LiveStreamUpdated update = valid.value();
            if (record.key() != null && !record.key().equals(update.key())) {
                deadLetter(record, "key_mismatch", "key differs from stream.broadcaster_id " + update.key());
                return;
            }
            index.upsert(LiveStream.of(update));
        } else if (decoded instanceof Decoded.Tombstone<LiveStreamUpdated>) {
            if (record.key() == null) {
                deadLetter(record, "tombstone_without_key", "a tombstone must name the broadcaster_id in its key");
                return;
            }
            index.remove(record.key());
        } else if (decoded instanceof Decoded.Invalid<LiveStreamUpdated> invalid) {
            deadLetter(record, invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason());
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String errorType, String reason) {
        deadLetters.publish(record.topic(), record.partition(), record.offset(), record.key(),
            record.value() == null ? new byte[0] : record.value(), errorType, reason);
    }

    private void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
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
