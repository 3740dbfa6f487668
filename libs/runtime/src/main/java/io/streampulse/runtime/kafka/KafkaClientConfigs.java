package io.streampulse.runtime.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Client settings for the Kafka clients that libs/runtime creates itself (not through micronaut-kafka):
 * the service's {@code kafka.*} settings that the client knows (bootstrap servers, security, ...),
 * plus a client id. Micronaut-only keys such as {@code kafka.health.enabled} are left out.
 */
public final class KafkaClientConfigs {

    private KafkaClientConfigs() {
    }

    /** A producer's settings, with the shared {@link ProducerDefaults}. */
    public static Properties producer(KafkaDefaultConfiguration kafka, String clientId) {
        Properties config = known(kafka, ProducerConfig.configNames());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return ProducerDefaults.applyTo(config);
    }

    /** An admin client's settings. */
    public static Properties admin(KafkaDefaultConfiguration kafka, String clientId) {
        Properties config = known(kafka, AdminClientConfig.configNames());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    private static Properties known(KafkaDefaultConfiguration kafka, Set<String> names) {
        Properties config = new Properties();
        kafka.getConfig().forEach((key, value) -> {
            if (names.contains(String.valueOf(key))) {
                config.put(key, value);
            }
        });
        return config;
    }
}
