package io.streampulse.api.sse;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Writes twitch.channel.events.v1 as ingest does: keyed by broadcaster_id, the registry's serde and header. */
public final class ChannelEventWriter implements AutoCloseable {

    private final KafkaProducer<String, ChannelEventReceived> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG,
            "0", ProducerConfig.ACKS_CONFIG, "all"),
        Topics.CHANNEL_EVENTS.keySerde().serializer(), Topics.CHANNEL_EVENTS.valueSerde().serializer());

    /** A new follow of the channel. */
    public static ChannelFollowed follow(String broadcasterId, String login, String follower) {
        Instant now = Instant.now();
        return new ChannelFollowed(UUID.randomUUID().toString(), now, 1, broadcasterId, login, login.toUpperCase(),
            "9" + Math.abs(follower.hashCode()), follower, follower, now);
    }

    public Future<RecordMetadata> send(ChannelEventReceived event) {
        return producer.send(new ProducerRecord<>(Topics.CHANNEL_EVENTS.name(), event.broadcasterId(), event));
    }

    public RecordMetadata write(ChannelEventReceived event) throws Exception {
        return send(event).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
