package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.OAuthFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void everyHelixResponseCarriesTheRateLimitHeadersAndAnEmptyBucketAnswers429() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withRateLimitPerMinute(6))) {
            HelixClient helix = HelixClient.app(sim);
            long before = System.currentTimeMillis() / 1000;

            List<TestHttp.Response> responses = new ArrayList<>();
            responses.add(helix.get("/streams"));
            responses.add(helix.get("/streams?first=500"));
            responses.add(helix.get("/nope"));
            responses.add(helix.get("/games/top"));
            responses.add(helix.get("/users?id=1"));
            responses.add(helix.get("/streams"));
            responses.add(helix.get("/streams"));

            assertThat(responses).extracting(TestHttp.Response::status).containsExactly(200, 400, 404, 200, 200, 200, 429);
            assertThat(responses).extracting(r -> r.header("Ratelimit-Limit")).containsOnly("6");
            assertThat(responses).extracting(r -> r.header("Ratelimit-Remaining"))
                    .containsExactly("5", "4", "3", "2", "1", "0", "0");
            assertThat(responses.get(6).json())
                    .isEqualTo(json("{\"error\":\"Too Many Requests\",\"status\":429,\"message\":\"Too Many Requests\"}"));
            long reset = Long.parseLong(responses.get(6).header("Ratelimit-Reset"));
            assertThat(reset).isBetween(before + 55, before + 62);
        }
    }

    @Test
    void unauthorizedRequestsAlsoCarryTheHeadersAndTheBucketRefillsContinuously() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withRateLimitPerMinute(120))) {
            HelixClient helix = HelixClient.app(sim);
            TestHttp.Response unauthorized = TestHttp.get(sim.helixUrl() + "/streams", "Client-Id", sim.config().clientId());
            int calls = 0;
            while (helix.get("/streams?first=1").status() != 429 && calls < 1000) {
                calls++;
            }

            assertThat(unauthorized.status()).isEqualTo(401);
            assertThat(unauthorized.header("Ratelimit-Remaining")).isEqualTo("119");
            assertThat(calls).isBetween(119, 999);
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> helix.get("/streams?first=1").status() == 200);
        }
    }

    @Test
    void userTokenCallsUseTheirOwnBucket() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withRateLimitPerMinute(3))) {
            HelixClient app = HelixClient.app(sim);
            UserAuthorization user = sim.control().authorizeBroadcaster(sim.groundTruth().liveSessions().get(0).login());
            HelixClient userClient = new HelixClient(sim, user.accessToken());
            for (int i = 0; i < 3; i++) {
                app.get("/streams");
            }

            TestHttp.Response appCall = app.get("/streams");
            TestHttp.Response userCall = userClient.get("/streams");

            assertThat(appCall.status()).isEqualTo(429);
            assertThat(userCall.status()).isEqualTo(200);
            assertThat(userCall.header("Ratelimit-Remaining")).isEqualTo("2");
        }
    }
}
