package io.streampulse.aggregator.pipeline;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces input events to the real topics, as refresh, archive and ingest would (keyed by broadcaster). */
final class Inputs implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    Inputs() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends each event to its topic under its key, in order, and waits for the acknowledgements. */
    void send(List<? extends Event> events) {
        events.forEach(event -> send(event, null));
        producer.flush();
    }

    /**
     * Puts a harmless record on every partition of every input topic (ABSENT of an unknown channel, the end
     * of an unknown stream, a follow of a probe channel), so every partition gets a committed position.
     */
    void touchEveryPartition(String run, Instant at) {
        for (int partition = 0; partition < Topics.STREAMS_OBSERVATIONS.partitions(); partition++) {
            String channel = "probe-" + run + "-" + partition;
            send(StreamObserved.absent(EventIds.random(), at, channel), partition);
        }
        for (int partition = 0; partition < Topics.STREAMS_ENDED.partitions(); partition++) {
            String channel = "probe-" + run + "-" + partition;
            send(new StreamEnded(EventIds.random(), at, 1, "probe-stream", channel, "probe", "Probe", at, at, 0, 0, 0,
                0, List.of(), List.of(), List.of(), "", EndReason.ABSENT_GRACE, 0), partition);
        }
        for (int partition = 0; partition < Topics.CHANNEL_EVENTS.partitions(); partition++) {
            String channel = "probe-" + run + "-" + partition;
            send(new ChannelFollowed(EventIds.random(), at, 1, channel, "probe", "Probe", "u-" + partition, "follower",
                "Follower", at), partition);
        }
        producer.flush();
    }

    private void send(Event event, Integer partition) {
        Topic<String, ? extends Event> topic = topicOf(event);
        byte[] value = serialize(topic, event);
        producer.send(new ProducerRecord<>(topic.name(), partition, event.key(), value));
    }

    @SuppressWarnings("unchecked")
    private static <V extends Event> byte[] serialize(Topic<String, V> topic, Event event) {
        return topic.valueSerde().serializer().serialize(topic.name(), (V) event);
    }

    private static Topic<String, ? extends Event> topicOf(Event event) {
        if (event instanceof StreamObserved) {
            return Topics.STREAMS_OBSERVATIONS;
        }
        if (event instanceof StreamEnded) {
            return Topics.STREAMS_ENDED;
        }
        if (event instanceof ChannelEventReceived) {
            return Topics.CHANNEL_EVENTS;
        }
        throw new IllegalArgumentException("not an input of the aggregator: " + event);
    }

    @Override
    public void close() {
        producer.close();
    }
}
