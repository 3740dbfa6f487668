package io.streampulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.testing.HealthReport;
import io.streampulse.runtime.testing.PrometheusText;
import io.streampulse.runtime.testing.TopicLayout;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestRedis;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** ingest-service boots against real Kafka, Redis: probes, metrics, its topics. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestApplicationIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        return properties;
    }

    @BeforeEach
    void blockingClient() {
        http = client.toBlocking();
    }

    @Test
    void readyWhenEveryDependencyAndItsTopicsAre() {
        // Given the service started against real infrastructure

        // When readiness is asked (it turns ready once the topics exist)
        HealthReport readiness = HealthReport.await(http, "/health/readiness", 200);

        // Then it is UP, and so is each dependency it checks
        assertThat(readiness.status()).isEqualTo("UP");
        assertThat(readiness.components()).isEqualTo(Map.of(
            "diskSpace", "UP",
            "gracefulShutdown", "UP",
            "kafka", "UP",
            "redis", "UP",
            "service", "UP",
            "topics", "UP"));
    }

    @Test
    void liveWithoutCheckingDependencies() {
        // When liveness is asked
        HealthReport liveness = HealthReport.await(http, "/health/liveness", 200);

        // Then it is UP from the process's own checks only
        assertThat(liveness.status()).isEqualTo("UP");
        assertThat(liveness.components()).isEqualTo(Map.of("deadlockedThreads", "UP", "topicProvisioning", "UP"));
    }

    @Test
    void prometheusServesJvmMetricsTaggedWithTheService() {
        // When Prometheus scrapes the service
        PrometheusText scrape = PrometheusText.parse(http.retrieve("/prometheus"));

        // Then JVM metrics are there, each labelled with this service
        assertThat(scrape.family("jvm_memory_used_bytes")).isNotEmpty();
        assertThat(scrape.family("jvm_")).allSatisfy(sample -> assertThat(sample).contains("service=\"ingest\""));
    }

    @Test
    void everyTopicTheServiceWritesExistsAsTheRegistryDescribesIt() {
        // Given the service is ready (its topics are provisioned)
        HealthReport.await(http, "/health/readiness", 200);

        // When the broker describes the topics ingest writes
        List<Topic<?, ?>> written = Topics.writtenBy(Services.INGEST);

        // Then each has the registry's partitions, cleanup policy and retention
        assertThat(TopicLayout.onBrokerOf(TestKafka.bootstrapServers(), written)).isEqualTo(TopicLayout.of(written));
    }
}
