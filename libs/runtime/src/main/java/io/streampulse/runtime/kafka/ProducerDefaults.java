package io.streampulse.runtime.kafka;

import io.micronaut.configuration.kafka.config.AbstractKafkaProducerConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The one place that makes every producer of every service idempotent with {@code acks=all} (design:
 * "Producers: idempotent, acks=all"). Applied to each micronaut-kafka producer configuration as it is
 * created, so {@code @KafkaClient} interfaces get it without per-service YAML; a value set explicitly
 * (e.g. {@code kafka.producers.default.acks}) is kept.
 */
@Singleton
public class ProducerDefaults implements BeanCreatedEventListener<AbstractKafkaProducerConfiguration<?, ?>> {

    /** The settings, in Kafka's own names. */
    public static final Map<String, String> SETTINGS = Map.of(
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");

    /** Adds the defaults that {@code config} does not set and returns it. */
    public static Properties applyTo(Properties config) {
        SETTINGS.forEach(config::putIfAbsent);
        return config;
    }

    @Override
    public AbstractKafkaProducerConfiguration<?, ?> onCreated(BeanCreatedEvent<AbstractKafkaProducerConfiguration<?, ?>> event) {
        applyTo(event.getBean().getConfig());
        return event.getBean();
    }
}
