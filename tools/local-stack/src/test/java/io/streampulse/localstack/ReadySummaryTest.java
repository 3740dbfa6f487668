package io.streampulse.localstack;

import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.StackEndpoints;
import io.streampulse.localstack.services.TwitchSettings;
import io.streampulse.localstack.store.PostgresEndpoint;
import io.streampulse.localstack.store.RedisEndpoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadySummaryTest {

    @Test
    void listsWhereEachPartAnswersAndTheTimeToReady() {
        // Given api and ingest on the simulator, local PostgreSQL and Redis
        StackEndpoints endpoints = new StackEndpoints("localhost:9092",
                new PostgresEndpoint("jdbc:postgresql://127.0.0.1:5432/streampulse", "postgres", "", "local server"),
                new RedisEndpoint("redis://127.0.0.1:6379", "local server"));
        ReadySummary summary = new ReadySummary(new Console(System.out, 0, false), endpoints,
                TwitchSettings.resolve(Map.of()), ServiceCatalog.select(List.of("api", "ingest")));

        // When printed after 94.3 s / Then
        assertThat(summary.lines(Duration.ofMillis(94_300))).containsExactly(
                "",
                "StreamPulse local stack ready in 94.3s (2 service(s)). Ctrl-C stops everything.",
                "  API                http://localhost:8080/",
                "  API docs           http://localhost:8080/swagger-ui",
                "  api health         http://localhost:8080/health",
                "  ingest health      http://localhost:8081/health",
                "  Twitch simulator   http://localhost:8090/admin/world  (also http://localhost:8090/admin/stats,"
                        + " http://localhost:8090/admin/truth/sessions)",
                "  Kafka bootstrap    localhost:9092",
                "  PostgreSQL         jdbc:postgresql://127.0.0.1:5432/streampulse (user postgres, local server)",
                "  Redis              redis://127.0.0.1:6379 (local server)",
                "");
    }
}
