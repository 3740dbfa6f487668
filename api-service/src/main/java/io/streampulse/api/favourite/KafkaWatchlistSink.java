package io.streampulse.api.favourite;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The Kafka edge of the watchlist: an idempotent, acks=all producer with the registry's serializers (the bytes match
 * the published schema), failing fast enough that the relay retries instead of hanging while Kafka is away.
 */
@Singleton
class KafkaWatchlistSink implements WatchlistSink {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Producer<String, ChannelWatched> producer;

    KafkaWatchlistSink(KafkaDefaultConfiguration kafka) {
        Topic<String, ChannelWatched> topic = Topics.WATCHLIST;
        Properties config = KafkaClientConfigs.producer(kafka, "api-watchlist");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis() / 2));
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public CompletableFuture<?> send(String broadcasterId, ChannelWatched value) {
        CompletableFuture<Object> sent = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(Topics.WATCHLIST.name(), broadcasterId, value), (metadata, error) -> {
                if (error != null) {
                    sent.completeExceptionally(error);
                } else {
                    sent.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            sent.completeExceptionally(e);
        }
        return sent;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
