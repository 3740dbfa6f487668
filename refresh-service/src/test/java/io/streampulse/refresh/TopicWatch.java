package io.streampulse.refresh;

import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Test helper: sends input records with the registry's serializers, and follows twitch.streams.observations.v1
 * and twitch.streams.live.v1 from their beginning in a background thread (latest record per broadcaster).
 */
final class TopicWatch implements AutoCloseable {

    private static final JsonSerde<StreamObserved> OBSERVED = JsonSerde.of(StreamObserved.class);
    private static final JsonSerde<LiveStreamUpdated> LIVE = JsonSerde.of(LiveStreamUpdated.class);

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, StreamObserved> observations = new ConcurrentHashMap<>();
    private final Map<String, Optional<LiveStreamUpdated>> liveStates = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private TopicWatch(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("linger.ms", "5");
        // The in-JVM test broker has answered OUT_OF_ORDER_SEQUENCE for ever to an idempotent producer whose
        // first batch raced the creation of the topics; a plain producer (acks=all) is enough for test input.
        p.put("enable.idempotence", "false");
        p.put("acks", "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (var topic : List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_LIVE)) {
            for (int i = 0; i < topic.partitions(); i++) {
                partitions.add(new TopicPartition(topic.name(), i));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "topic-watch");
        thread.setDaemon(true);
    }

    static TopicWatch start(String bootstrap) {
        TopicWatch watch = new TopicWatch(bootstrap);
        watch.thread.start();
        return watch;
    }

    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @SuppressWarnings("unchecked")
    <T> void send(String topic, String key, T value) {
        var registered = (io.streampulse.contracts.topic.Topic<String, T>) Topics.byName(topic).orElseThrow();
        var record = new ProducerRecord<String, byte[]>(topic, key, null);
        byte[] bytes = registered.valueSerde().serializer().serialize(topic, record.headers(), value);
        producer.send(new ProducerRecord<>(topic, null, key, bytes, record.headers()));
    }

    void flush() {
        producer.flush();
    }

    StreamObserved latestObservation(String broadcasterId) {
        return observations.get(broadcasterId);
    }

    /** Whether the last record of the broadcaster on the live topic is a tombstone. */
    boolean liveTombstoned(String broadcasterId) {
        Optional<LiveStreamUpdated> state = liveStates.get(broadcasterId);
        return state != null && state.isEmpty();
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.topic().equals(Topics.STREAMS_OBSERVATIONS.name())) {
                    if (OBSERVED.decode(r.value()) instanceof Decoded.Valid<StreamObserved> v) {
                        observations.put(r.key(), v.value());
                    }
                } else {
                    Decoded<LiveStreamUpdated> d = LIVE.decode(r.value());
                    liveStates.put(r.key(), d instanceof Decoded.Valid<LiveStreamUpdated> v
                        ? Optional.of(v.value()) : Optional.empty());
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
