package io.streampulse.simfeed.kafka;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.simfeed.feed.FeedOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes with an idempotent producer ({@code acks=all}) and the registry's serializers, keyed by broadcaster_id
 * (the record's {@code key()}), as refresh and ingest do. The record timestamp is the event's {@code occurred_at}
 * (sim time), which is what a service publishing in real time gets anyway.
 */
public final class KafkaFeedOutput implements FeedOutput, AutoCloseable {

    private final Producer<String, byte[]> producer;
    private long sent;

    public KafkaFeedOutput(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "sim-feed");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void publish(List<StreamDiscovered> discovered, List<StreamObserved> observations) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(discovered.size() + observations.size());
        discovered.forEach(event -> acks.add(send(Topics.STREAMS_DISCOVERED, event)));
        observations.forEach(event -> acks.add(send(Topics.STREAMS_OBSERVATIONS, event)));
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused a record: " + e.getCause(), e.getCause());
            }
        }
        sent += acks.size();
    }

    /** Records acknowledged so far. */
    public long sent() {
        return sent;
    }

    private <V extends Event> Future<RecordMetadata> send(Topic<String, V> topic, V event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), headers, event);
        return producer.send(new ProducerRecord<>(topic.name(), null, event.occurredAt().toEpochMilli(), event.key(),
            value, headers));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
