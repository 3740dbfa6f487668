package io.streampulse.api.sse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back a channel's events older than its ring: the offsets {@code [from, to)} of its partition, keeping
 * that channel's records. Bounded by a number of records scanned and a time limit; past them (a client gone for
 * days on a busy partition) the client resumes from the ring with what was found, and it is logged.
 */
final class EventReplay {

    private static final Logger LOG = LoggerFactory.getLogger(EventReplay.class);

    private final FeedConsumers consumers;
    private final String topic;
    private final FrameEncoder encoder = new FrameEncoder();
    private final int maxRecords;
    private final Duration timeout;

    EventReplay(FeedConsumers consumers, String topic, int maxRecords, Duration timeout) {
        this.consumers = consumers;
        this.topic = topic;
        this.maxRecords = maxRecords;
        this.timeout = timeout;
    }

    List<EventFrame> read(String broadcasterId, int partition, long from, long to) {
        TopicPartition tp = new TopicPartition(topic, partition);
        List<EventFrame> frames = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumers.create("api-sse-replay")) {
            consumer.assign(List.of(tp));
            long start = Math.max(from, consumer.beginningOffsets(List.of(tp)).getOrDefault(tp, from));
            consumer.seek(tp, start);
            long deadline = System.nanoTime() + timeout.toNanos();
            int scanned = 0;
            while (consumer.position(tp) < to && scanned < maxRecords && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    scanned++;
                    if (record.offset() < to && broadcasterId.equals(record.key())) {
                        encoder.encode(record).ifPresent(encoded -> frames.add(encoded.frame()));
                    }
                }
            }
            if (consumer.position(tp) < to) {
                LOG.info("Replay of channel {} stopped at {} of [{}, {}) after {} records", broadcasterId,
                    consumer.position(tp), start, to, scanned);
            }
        }
        return frames;
    }
}
