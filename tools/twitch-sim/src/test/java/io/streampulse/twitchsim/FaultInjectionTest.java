package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    @Test
    void everyRequestFailsWith5xxAtRateOneAndTheBodyIsTheStandardError() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withFault5xxRate(1.0))) {
            HelixClient helix = HelixClient.app(sim);

            List<TestHttp.Response> responses = IntStream.range(0, 20).mapToObj(i -> helix.get("/streams")).toList();

            assertThat(responses).allMatch(r -> r.status() == 503 || r.status() == 500);
            assertThat(responses).allMatch(r -> r.header("Ratelimit-Remaining") != null);
            JsonNode body = responses.stream().filter(r -> r.status() == 503).findFirst().orElseThrow().json();
            assertThat(body).isEqualTo(OAuthFlowTest.json(
                    "{\"error\":\"Service Unavailable\",\"status\":503,\"message\":\"Service Unavailable\"}"));
            assertThat(TestHttp.get(sim.baseUrl() + "/admin/stats").json().get("helix").get("injected_5xx").asInt())
                    .isEqualTo(20);
        }
    }

    @Test
    void faultsChangeAtRuntimeAndLatencyIsAdded() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            HelixClient helix = HelixClient.app(sim);
            sim.control().setFault5xxRate(1.0);
            int failing = helix.get("/streams").status();
            sim.control().setFault5xxRate(0.0);
            sim.control().setFaultLatency(Duration.ofMillis(300));

            long started = System.nanoTime();
            int slow = helix.get("/streams").status();
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(failing).isIn(500, 503);
            assertThat(slow).isEqualTo(200);
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
        }
    }
}
