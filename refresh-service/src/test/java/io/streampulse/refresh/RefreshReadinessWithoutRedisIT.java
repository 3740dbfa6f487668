package io.streampulse.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.runtime.testing.HealthReport;
import io.streampulse.testkit.TestKafka;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With Redis unreachable the service starts, stays live, and readiness answers 503 naming redis. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshReadinessWithoutRedisIT implements TestPropertyProvider {

    private final int deadRedisPort = freePort();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
            "micronaut.server.port", "-1",
            "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
            "redis.uri", "redis://127.0.0.1:" + deadRedisPort);
    }

    @Test
    void readinessIsDownNamingRedisWhileLivenessStaysUp() {
        BlockingHttpClient http = client.toBlocking();
        // Given the service is up and its topics exist, but nothing listens at its Redis address
        HealthReport.await(http, "/health/liveness", 200);

        // When readiness is asked once the topics are provisioned
        HealthReport readiness = await()
            .until(() -> HealthReport.get(http, "/health/readiness"), r -> "UP".equals(r.components().get("topics")));

        // Then it answers 503 DOWN, with redis the only component down, and says why
        assertThat(readiness.httpStatus()).isEqualTo(503);
        assertThat(readiness.status()).isEqualTo("DOWN");
        assertThat(readiness.components()).isEqualTo(Map.of(
            "diskSpace", "UP",
            "gracefulShutdown", "UP",
            "kafka", "UP",
            "redis", "DOWN",
            "service", "UP",
            "topics", "UP"));
        @SuppressWarnings("unchecked")
        Map<String, Object> redis = (Map<String, Object>) readiness.component("redis").get("details");
        assertThat(redis).containsEntry("address", "127.0.0.1:" + deadRedisPort);
        assertThat((String) redis.get("error")).contains("Connection refused");

        // And the process is still live (Redis being away is not a reason to restart it)
        assertThat(HealthReport.get(http, "/health/liveness").httpStatus()).isEqualTo(200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
