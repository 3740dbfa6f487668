package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AdminApiTest {

    @Test
    void adminEndpointsMirrorTheControlApi() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            String admin = sim.baseUrl() + "/admin";
            String broadcaster = sim.groundTruth().liveSessions().get(0).broadcasterId();

            JsonNode advanced = TestHttp.postJson(admin + "/clock/advance", "{\"seconds\":90}").json();
            TestHttp.Response offline = TestHttp.postForm(admin + "/streams/offline?broadcaster_id=" + broadcaster, "");
            JsonNode ended = TestHttp.get(admin + "/truth/sessions?status=ended&broadcaster_id=" + broadcaster).json();
            JsonNode live = TestHttp.get(admin + "/truth/sessions?status=live").json();
            JsonNode authorized = TestHttp.postJson(admin + "/authorize",
                    "{\"user_id\":\"" + broadcaster + "\",\"scopes\":[\"bits:read\"]}").json();
            TestHttp.Response faults = TestHttp.postJson(admin + "/faults", "{\"fault_5xx_rate\":1.0}");
            int helixStatus = HelixClient.app(sim).get("/streams").status();
            JsonNode expired = TestHttp.postForm(admin + "/tokens/expire", "").json();
            JsonNode stats = TestHttp.get(admin + "/stats").json();
            TestHttp.Response health = TestHttp.get(sim.baseUrl() + "/health");
            TestHttp.Response unknownUser = TestHttp.postForm(admin + "/streams/online?broadcaster_id=nobody", "");

            assertThat(advanced.get("sim_time").asText()).isEqualTo("2026-03-02T12:01:30Z");
            assertThat(offline.status()).isEqualTo(200);
            assertThat(ended.get("total").asInt()).isEqualTo(1);
            assertThat(ended.get("data").get(0).get("ended_at").asText()).isEqualTo("2026-03-02T12:01:30.000Z");
            assertThat(live.get("total").asInt()).isEqualTo(sim.groundTruth().liveSessions().size());
            assertThat(authorized.get("scopes")).isEqualTo(OAuthFlowTest.json("[\"bits:read\"]"));
            assertThat(TestHttp.get(sim.authUrl() + "/validate", "Authorization",
                    "OAuth " + authorized.get("access_token").asText()).status()).isEqualTo(200);
            assertThat(faults.status()).isEqualTo(204);
            assertThat(helixStatus).isIn(500, 503);
            assertThat(expired.get("expired").asInt()).isEqualTo(1);
            assertThat(stats.get("helix").get("injected_5xx").asInt()).isEqualTo(1);
            assertThat(stats.get("helix").get("per_endpoint").get("GET /streams").asInt()).isEqualTo(1);
            assertThat(stats.get("world").get("live").asInt()).isEqualTo(live.get("total").asInt());
            assertThat(health.json()).isEqualTo(OAuthFlowTest.json("{\"status\":\"UP\"}"));
            assertThat(unknownUser.status()).isEqualTo(400);
        }
    }
}
