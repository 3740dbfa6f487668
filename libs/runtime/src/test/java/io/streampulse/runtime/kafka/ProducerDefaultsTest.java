package io.streampulse.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.kafka.config.AbstractKafkaProducerConfiguration;
import io.micronaut.context.ApplicationContext;
import io.streampulse.contracts.topic.Services;
import io.streampulse.runtime.RuntimeContexts;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every micronaut-kafka producer is idempotent with acks=all unless a service says otherwise. */
class ProducerDefaultsTest {

    /** A service whose broker is unreachable: building configurations needs none. */
    private static Map<String, Object> settings() {
        return RuntimeContexts.service(Services.INGEST, "127.0.0.1:" + RuntimeContexts.deadPort());
    }

    @Test
    void defaultProducerConfigurationIsIdempotentWithAcksAll() {
        // Given a service with no producer settings of its own
        try (ApplicationContext context = RuntimeContexts.start(settings())) {

            // When micronaut-kafka builds the configuration of a producer
            Properties config = context.getBean(AbstractKafkaProducerConfiguration.class).getConfig();

            // Then the shared defaults are in it
            assertThat(config).containsEntry("acks", "all").containsEntry("enable.idempotence", "true");
        }
    }

    @Test
    void explicitSettingIsKept() {
        // Given a service that sets acks itself
        Map<String, Object> settings = settings();
        settings.put("kafka.producers.default.acks", "1");
        try (ApplicationContext context = RuntimeContexts.start(settings)) {

            // When the producer configuration is built
            Properties config = context.getBean(AbstractKafkaProducerConfiguration.class).getConfig();

            // Then its own value wins and idempotence is still added
            assertThat(config).containsEntry("acks", "1").containsEntry("enable.idempotence", "true");
        }
    }

    @Test
    void clientsBuiltByTheRuntimeGetTheSameDefaults() {
        // Given nothing but the defaults
        Properties config = ProducerDefaults.applyTo(new Properties());

        // Then they are exactly acks=all and idempotence
        assertThat(config).isEqualTo(Map.of("acks", "all", "enable.idempotence", "true"));
    }
}
