package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.OAuthFlowTest.fieldNames;
import static io.streampulse.twitchsim.OAuthFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventSubSubscriptionsTest {
    static final String SECRET = "sim-test-secret-0123456789";
    private TwitchSimulator sim;
    private HelixClient helix;
    private WebhookReceiver receiver;
    private List<String> broadcasters;

    @BeforeEach
    void start() {
        sim = TwitchSimulator.start(TestSims.manual());
        helix = HelixClient.app(sim);
        receiver = new WebhookReceiver();
        broadcasters = sim.groundTruth().liveSessions().stream().map(s -> s.broadcasterId()).limit(10).toList();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    static String request(String type, String version, String condition, String callback, String secret) {
        return "{\"type\":\"" + type + "\",\"version\":\"" + version + "\",\"condition\":" + condition
                + ",\"transport\":{\"method\":\"webhook\",\"callback\":\"" + callback + "\",\"secret\":\"" + secret + "\"}}";
    }

    static String broadcasterCondition(String id) {
        return "{\"broadcaster_user_id\":\"" + id + "\"}";
    }

    @Test
    void createAnswers202WithThePendingSubscriptionThenTheChallengeEnablesIt() {
        TestHttp.Response created = helix.post("/eventsub/subscriptions",
                request("stream.online", "1", broadcasterCondition(broadcasters.get(0)), receiver.url(), SECRET));

        JsonNode body = created.json();
        JsonNode subscription = body.get("data").get(0);
        assertThat(created.status()).isEqualTo(202);
        assertThat(fieldNames(body)).isEqualTo(Set.of("data", "total", "total_cost", "max_total_cost"));
        assertThat(fieldNames(subscription))
                .isEqualTo(Set.of("id", "status", "type", "version", "condition", "created_at", "transport", "cost"));
        assertThat(subscription.get("status").asText()).isEqualTo("webhook_callback_verification_pending");
        assertThat(subscription.get("transport")).isEqualTo(json("{\"method\":\"webhook\",\"callback\":\"" + receiver.url() + "\"}"));
        assertThat(subscription.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        assertThat(List.of(body.get("total").asInt(), body.get("total_cost").asInt(), body.get("max_total_cost").asInt(),
                subscription.get("cost").asInt())).containsExactly(1, 1, 10_000, 1);

        String id = subscription.get("id").asText();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("enabled"));
        WebhookReceiver.Received challenge = receiver.ofType("webhook_callback_verification").get(0);
        assertThat(challenge.header("Twitch-Eventsub-Message-Signature")).isEqualTo(Hmac.expected(SECRET, challenge));
        assertThat(fieldNames(challenge.json())).isEqualTo(Set.of("challenge", "subscription"));
        assertThat(challenge.json().get("subscription").get("status").asText()).isEqualTo("webhook_callback_verification_pending");
    }

    @Test
    void sameTypeConditionAndCallbackIs409AndAFourthCallbackFor429() {
        String condition = broadcasterCondition(broadcasters.get(1));
        List<Integer> statuses = List.of(
                create("stream.offline", "1", condition, receiver.url()),
                create("stream.offline", "1", condition, receiver.url()),
                create("stream.offline", "1", condition, receiver.url() + "?b"),
                create("stream.offline", "1", condition, receiver.url() + "?c"),
                create("stream.offline", "1", condition, receiver.url() + "?d"),
                create("stream.online", "1", condition, receiver.url() + "?d"));

        assertThat(statuses).containsExactly(202, 409, 202, 202, 429, 202);
        TestHttp.Response tooMany = helix.post("/eventsub/subscriptions",
                request("stream.offline", "1", condition, receiver.url() + "?e", SECRET));
        assertThat(tooMany.json().get("error").asText()).isEqualTo("Too Many Requests");
    }

    @Test
    void invalidRequestsAre400() {
        String condition = broadcasterCondition(broadcasters.get(2));
        assertThat(helix.post("/eventsub/subscriptions",
                request("stream.online", "1", condition, receiver.url(), "s3cRe7")).status()).isEqualTo(400);
        assertThat(helix.post("/eventsub/subscriptions",
                request("stream.online", "1", condition, receiver.url(), "x".repeat(101))).status()).isEqualTo(400);
        assertThat(create("channel.update", "1", condition, receiver.url())).isEqualTo(400);
        assertThat(create("stream.online", "2", condition, receiver.url())).isEqualTo(400);
        assertThat(create("stream.online", "1", "{\"user_id\":\"1\"}", receiver.url())).isEqualTo(400);
        assertThat(create("stream.online", "1", broadcasterCondition("999"), receiver.url())).isEqualTo(400);
        assertThat(create("channel.raid", "1", "{\"from_broadcaster_user_id\":\"" + broadcasters.get(2)
                + "\",\"to_broadcaster_user_id\":\"" + broadcasters.get(3) + "\"}", receiver.url())).isEqualTo(400);
        assertThat(helix.post("/eventsub/subscriptions", "{not json").status()).isEqualTo(400);
    }

    @Test
    void withoutHttpCallbacksOnlyHttpsOnPort443IsAccepted() {
        try (TwitchSimulator strict = TwitchSimulator.start(TestSims.manual().withAllowHttpCallbacks(false))) {
            HelixClient client = HelixClient.app(strict);
            String condition = broadcasterCondition(broadcasters.get(0));

            assertThat(client.post("/eventsub/subscriptions", request("stream.online", "1", condition,
                    receiver.url(), SECRET)).status()).isEqualTo(400);
            assertThat(client.post("/eventsub/subscriptions", request("stream.online", "1", condition,
                    "https://example.invalid:8443/cb", SECRET)).status()).isEqualTo(400);
            assertThat(client.post("/eventsub/subscriptions", request("stream.online", "1", condition,
                    "https://example.invalid/cb", SECRET)).status()).isEqualTo(202);
        }
    }

    @Test
    void typesNeedingAuthorizationAre403UntilGrantedAndThenCostNothing() {
        String id = broadcasters.get(4);
        String follow = "{\"broadcaster_user_id\":\"" + id + "\",\"moderator_user_id\":\"" + id + "\"}";
        int followBefore = create("channel.follow", "2", follow, receiver.url());
        int cheerBefore = create("channel.cheer", "1", broadcasterCondition(id), receiver.url());

        sim.control().authorizeBroadcaster(id, "moderator:read:followers");
        TestHttp.Response followAfter = helix.post("/eventsub/subscriptions", request("channel.follow", "2", follow, receiver.url(), SECRET));
        TestHttp.Response onlineAfter = helix.post("/eventsub/subscriptions",
                request("stream.online", "1", broadcasterCondition(id), receiver.url(), SECRET));
        int cheerAfter = create("channel.cheer", "1", broadcasterCondition(id), receiver.url());

        assertThat(List.of(followBefore, cheerBefore, cheerAfter)).containsExactly(403, 403, 403);
        assertThat(followAfter.status()).isEqualTo(202);
        assertThat(followAfter.json().get("data").get(0).get("cost").asInt()).isZero();
        assertThat(onlineAfter.json().get("data").get(0).get("cost").asInt()).isZero();
        assertThat(onlineAfter.json().get("total_cost").asInt()).isZero();
    }

    @Test
    void aUserTokenCannotCreateWebhookSubscriptions() {
        UserAuthorization user = sim.control().authorizeBroadcaster(broadcasters.get(5), "bits:read");
        TestHttp.Response response = new HelixClient(sim, user.accessToken()).post("/eventsub/subscriptions",
                request("stream.online", "1", broadcasterCondition(broadcasters.get(5)), receiver.url(), SECRET));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void listFiltersOldestFirstAndDeleteAnswers204Then404() {
        String first = createdId("stream.online", broadcasterCondition(broadcasters.get(6)));
        String second = createdId("stream.offline", broadcasterCondition(broadcasters.get(6)));
        String third = createdId("stream.online", broadcasterCondition(broadcasters.get(7)));

        JsonNode all = helix.get("/eventsub/subscriptions").json();
        JsonNode online = helix.get("/eventsub/subscriptions?type=stream.online").json();
        JsonNode byUser = helix.get("/eventsub/subscriptions?user_id=" + broadcasters.get(6)).json();
        JsonNode byId = helix.get("/eventsub/subscriptions?subscription_id=" + second).json();
        TestHttp.Response twoFilters = helix.get("/eventsub/subscriptions?type=stream.online&status=enabled");
        TestHttp.Response deleted = helix.delete("/eventsub/subscriptions?id=" + first);
        TestHttp.Response deletedAgain = helix.delete("/eventsub/subscriptions?id=" + first);

        assertThat(StreamsEndpointTest.values(all.get("data"), "id")).containsExactly(first, second, third);
        assertThat(fieldNames(all)).isEqualTo(Set.of("total", "data", "total_cost", "max_total_cost", "pagination"));
        assertThat(List.of(all.get("total").asInt(), all.get("total_cost").asInt())).containsExactly(3, 3);
        assertThat(StreamsEndpointTest.values(online.get("data"), "id")).containsExactly(first, third);
        assertThat(StreamsEndpointTest.values(byUser.get("data"), "id")).containsExactly(first, second);
        assertThat(StreamsEndpointTest.values(byId.get("data"), "id")).containsExactly(second);
        assertThat(twoFilters.status()).isEqualTo(400);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deletedAgain.status()).isEqualTo(404);
        assertThat(helix.get("/eventsub/subscriptions").json().get("total").asInt()).isEqualTo(2);
    }

    private String createdId(String type, String condition) {
        return helix.post("/eventsub/subscriptions", request(type, "1", condition, receiver.url(), SECRET))
                .json().get("data").get(0).get("id").asText();
    }

    private int create(String type, String version, String condition, String callback) {
        return helix.post("/eventsub/subscriptions", request(type, version, condition, callback, SECRET)).status();
    }

    private String status(String id) {
        return helix.get("/eventsub/subscriptions?subscription_id=" + id).json().get("data").get(0).get("status").asText();
    }
}
