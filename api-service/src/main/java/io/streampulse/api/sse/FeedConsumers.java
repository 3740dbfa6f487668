package io.streampulse.api.sse;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumers of twitch.channel.events.v1 without a group (assigned partitions, nothing committed): the service's
 * {@code kafka.*} client settings plus a fetch that returns as soon as one record is there, or after
 * {@code fetchMaxWait}, so an event reaches the clients within milliseconds of being written.
 */
final class FeedConsumers {

    private final KafkaDefaultConfiguration kafka;
    private final Duration fetchMaxWait;

    FeedConsumers(KafkaDefaultConfiguration kafka, Duration fetchMaxWait) {
        this.kafka = kafka;
        this.fetchMaxWait = fetchMaxWait;
    }

    KafkaConsumer<String, byte[]> create(String clientId) {
        Properties config = new Properties();
        kafka.getConfig().forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(String.valueOf(key))) {
                config.put(key, value);
            }
        });
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Long.toString(fetchMaxWait.toMillis()));
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
