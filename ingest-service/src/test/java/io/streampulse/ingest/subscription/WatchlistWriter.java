package io.streampulse.ingest.subscription;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import io.streampulse.testkit.TestKafka;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes twitch.watchlist.v1 as api-service does: a ChannelWatched per watched channel, a tombstone when none. */
final class WatchlistWriter implements AutoCloseable {

    private final KafkaProducer<String, ChannelWatched> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
        Topics.WATCHLIST.keySerde().serializer(), Topics.WATCHLIST.valueSerde().serializer());

    void watch(String broadcasterId, boolean wantsAuthorizedEvents) {
        send(broadcasterId, new ChannelWatched(EventIds.random(), Instant.now(), 1, broadcasterId,
            "login" + broadcasterId, 1, wantsAuthorizedEvents));
    }

    void unwatch(String broadcasterId) {
        send(broadcasterId, null);
    }

    private void send(String key, ChannelWatched value) {
        try {
            producer.send(new ProducerRecord<>(Topics.WATCHLIST.name(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
