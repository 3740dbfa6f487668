package io.streampulse.refresh.kafka;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.refresh.rebuild.LiveTopicReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a partition of twitch.streams.live.v1 with a plain assign()-ed consumer (no group, no commits). */
public final class KafkaLiveTopicReader implements LiveTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaLiveTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final JsonSerde<LiveStreamUpdated> SERDE = JsonSerde.of(LiveStreamUpdated.class);

    private final Properties config;

    /** {@code consumerConfig}: connection settings only; group id and offsets are set here. */
    public KafkaLiveTopicReader(Properties consumerConfig) {
        this.config = new Properties();
        this.config.putAll(consumerConfig);
        this.config.remove("group.id");
        this.config.put("enable.auto.commit", "false");
        this.config.put("auto.offset.reset", "earliest");
        this.config.put("max.poll.records", "5000");
    }

    @Override
    public Map<String, LiveStreamUpdated> liveStreams(int partition) {
        TopicPartition tp = new TopicPartition(Topics.STREAMS_LIVE.name(), partition);
        Map<String, LiveStreamUpdated> live = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                 new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            while (consumer.position(tp) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(live, record);
                }
            }
        }
        return live;
    }

    private static void apply(Map<String, LiveStreamUpdated> live, ConsumerRecord<String, byte[]> record) {
        Decoded<LiveStreamUpdated> decoded = SERDE.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<LiveStreamUpdated> valid) {
            live.put(record.key(), valid.value());
        } else if (decoded instanceof Decoded.Tombstone<LiveStreamUpdated>) {
            live.remove(record.key());
        } else {
            LOG.warn("Skipped an unreadable record of {} at {}/{}: {}", Topics.STREAMS_LIVE.name(),
                record.partition(), record.offset(), decoded);
        }
    }
}
