package io.streampulse.refresh.kafka;

import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.refresh.observe.RefreshOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes observations and live states (idempotent producer, acks=all) with the registry's serializers, keyed by
 * broadcaster_id, so partition p of twitch.streams.live.v1 holds the channels of partition p of the inputs.
 */
public final class KafkaRefreshOutput implements RefreshOutput, AutoCloseable {

    private final Producer<String, byte[]> producer;

    public KafkaRefreshOutput(Properties producerConfig) {
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public CompletableFuture<Void> publish(List<StreamObserved> observations, List<LiveStreamUpdated> live) {
        List<CompletableFuture<Void>> sent = new ArrayList<>(observations.size() + live.size());
        var observed = Topics.STREAMS_OBSERVATIONS;
        for (StreamObserved o : observations) {
            sent.add(send(observed.name(), o.key(), observed.valueSerde().serializer().serialize(observed.name(), o)));
        }
        var liveTopic = Topics.STREAMS_LIVE;
        for (LiveStreamUpdated l : live) {
            sent.add(send(liveTopic.name(), l.key(), liveTopic.valueSerde().serializer().serialize(liveTopic.name(), l)));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    @Override
    public CompletableFuture<Void> tombstone(String broadcasterId) {
        return send(Topics.STREAMS_LIVE.name(), broadcasterId, null);
    }

    private CompletableFuture<Void> send(String topic, String key, byte[] value) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(null);
            }
        });
        return done;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
