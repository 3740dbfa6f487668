package io.streampulse.api;

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
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestPostgres;
import io.streampulse.testkit.TestRedis;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** api-service boots against real Kafka, Redis, PostgreSQL: probes, metrics, its topics, its schema. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiApplicationIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    private BlockingHttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        TestDatabase database = TestPostgres.newDatabase("api-it");
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
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
            "jdbc", "UP",
            "kafka", "UP",
            "liveIndex", "UP",
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
        assertThat(scrape.family("jvm_")).allSatisfy(sample -> assertThat(sample).contains("service=\"api\""));
    }

    @Test
    void everyTopicTheServiceWritesExistsAsTheRegistryDescribesIt() {
        // Given the service is ready (its topics are provisioned)
        HealthReport.await(http, "/health/readiness", 200);

        // When the broker describes the topics api writes
        List<Topic<?, ?>> written = Topics.writtenBy(Services.API);

        // Then each has the registry's partitions, cleanup policy and retention
        assertThat(TopicLayout.onBrokerOf(TestKafka.bootstrapServers(), written)).isEqualTo(TopicLayout.of(written));
    }

    @Test
    void flywayCreatedTheSchemaItOwnsWithItsOwnHistory() throws SQLException {
        // Given the service started on an empty database

        // When the database is asked what Flyway did
        List<String> schema = query("select schema_name from information_schema.schemata where schema_name = 'api'");
        List<String> history = query("select version || ':' || success from api.flyway_schema_history"
            + " where version is not null order by installed_rank");

        // Then its schema exists and each of its migrations ran once, successfully, in order
        assertThat(schema).containsExactly("api");
        assertThat(history).containsExactly("1:true", "2:true");
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
