package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.OAuthFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelixAuthTest {
    private static final JsonNode INVALID_TOKEN =
            json("{\"error\":\"Unauthorized\",\"status\":401,\"message\":\"Invalid OAuth token\"}");
    private TwitchSimulator sim;
    private HelixClient helix;

    @BeforeEach
    void start() {
        sim = TwitchSimulator.start(TestSims.manual().withAppTokenTtl(Duration.ofSeconds(60)));
        helix = HelixClient.app(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyKindOfBadCredentialGetsTheSame401Body() {
        String url = sim.helixUrl() + "/streams";
        String id = sim.config().clientId();

        TestHttp.Response noHeaders = TestHttp.get(url);
        TestHttp.Response oauthScheme = TestHttp.get(url, "Authorization", "OAuth " + helix.token(), "Client-Id", id);
        TestHttp.Response unknownToken = TestHttp.get(url, "Authorization", "Bearer abcdefghijabcdefghijabcdefghij", "Client-Id", id);
        TestHttp.Response noClientId = TestHttp.get(url, "Authorization", "Bearer " + helix.token());
        TestHttp.Response otherClientId = TestHttp.get(url, "Authorization", "Bearer " + helix.token(), "Client-Id", "someone-else");

        for (TestHttp.Response response : new TestHttp.Response[] {noHeaders, oauthScheme, unknownToken, noClientId, otherClientId}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json()).isEqualTo(INVALID_TOKEN);
            assertThat(response.header("Ratelimit-Limit")).isNotNull();
        }
        assertThat(helix.get("/streams").status()).isEqualTo(200);
    }

    @Test
    void appTokenExpiresOnTheSimClock() {
        sim.clock().advance(Duration.ofSeconds(20));
        TestHttp.Response validated = TestHttp.get(sim.authUrl() + "/validate", "Authorization", "OAuth " + helix.token());
        TestHttp.Response beforeExpiry = helix.get("/streams?first=1");

        sim.clock().advance(Duration.ofSeconds(40));
        TestHttp.Response afterExpiry = helix.get("/streams?first=1");

        assertThat(validated.json().get("expires_in").asLong()).isEqualTo(40);
        assertThat(beforeExpiry.status()).isEqualTo(200);
        assertThat(afterExpiry.status()).isEqualTo(401);
        assertThat(afterExpiry.json()).isEqualTo(INVALID_TOKEN);
        assertThat(HelixClient.app(sim).get("/streams?first=1").status()).isEqualTo(200);
    }

    @Test
    void forcedExpiryInvalidatesCurrentAppTokensOnly() {
        HelixClient second = HelixClient.app(sim);

        int expired = sim.control().expireAppTokens();
        HelixClient fresh = HelixClient.app(sim);

        assertThat(expired).isEqualTo(2);
        assertThat(helix.get("/users?id=" + sim.control().userId(sim.groundTruth().liveSessions().get(0).login())).json())
                .isEqualTo(INVALID_TOKEN);
        assertThat(second.get("/streams").status()).isEqualTo(401);
        assertThat(fresh.get("/streams").status()).isEqualTo(200);
    }
}
