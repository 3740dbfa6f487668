package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.EventSubSubscriptionsTest.SECRET;
import static io.streampulse.twitchsim.EventSubSubscriptionsTest.broadcasterCondition;
import static io.streampulse.twitchsim.EventSubSubscriptionsTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.EventRecord;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
    private static final Set<String> HEADERS = Set.of("Twitch-Eventsub-Message-Id", "Twitch-Eventsub-Message-Retry",
            "Twitch-Eventsub-Message-Type", "Twitch-Eventsub-Message-Signature", "Twitch-Eventsub-Message-Timestamp",
            "Twitch-Eventsub-Subscription-Type", "Twitch-Eventsub-Subscription-Version");
    private final WebhookReceiver receiver = new WebhookReceiver();
    private TwitchSimulator sim;
    private HelixClient helix;

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    private void start(SimConfig config) {
        sim = TwitchSimulator.start(config);
        helix = HelixClient.app(sim);
    }

    @Test
    void aChallengeAnsweredWrongFailsTheSubscription() {
        start(TestSims.manual());
        String broadcaster = liveBroadcaster(0);
        receiver.challengeReply(WebhookReceiver.ChallengeReply.WRONG_BODY);
        String wrongBody = subscribe("stream.online", broadcasterCondition(broadcaster), "?1");
        awaitStatus(wrongBody, "webhook_callback_verification_failed");
        receiver.challengeReply(WebhookReceiver.ChallengeReply.JSON_CONTENT_TYPE);
        String jsonEncoded = subscribe("stream.online", broadcasterCondition(broadcaster), "?2");
        awaitStatus(jsonEncoded, "webhook_callback_verification_failed");
        receiver.challengeReply(WebhookReceiver.ChallengeReply.SERVER_ERROR);
        String serverError = subscribe("stream.online", broadcasterCondition(broadcaster), "?3");
        awaitStatus(serverError, "webhook_callback_verification_failed");

        sim.control().forceOffline(broadcaster);
        sim.control().forceOnline(broadcaster);

        assertThat(receiver.ofType("notification")).isEmpty();
        assertThat(sim.groundTruth().events()).isEmpty();
    }

    @Test
    void notificationsCarryAllHeadersAndAVerifiableSignature() {
        start(TestSims.manual());
        String broadcaster = liveBroadcaster(0);
        String offline = subscribe("stream.offline", broadcasterCondition(broadcaster), "");
        String online = subscribe("stream.online", broadcasterCondition(broadcaster), "");
        awaitStatus(offline, "enabled");
        awaitStatus(online, "enabled");

        List<String> offlineIds = sim.control().triggerEvent("stream.offline", broadcaster);
        List<String> onlineIds = sim.control().triggerEvent("stream.online", broadcaster);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("notification").size() == 2);
        for (WebhookReceiver.Received message : receiver.ofType("notification")) {
            assertThat(HEADERS).allMatch(h -> message.header(h) != null);
            assertThat(message.header("Twitch-Eventsub-Message-Signature")).isEqualTo(Hmac.expected(SECRET, message));
            assertThat(message.header("Twitch-Eventsub-Message-Signature"))
                    .isNotEqualTo(Hmac.expected(SECRET.substring(1), message));
            assertThat(message.header("Twitch-Eventsub-Message-Timestamp"))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
            assertThat(message.header("Twitch-Eventsub-Message-Retry")).isEqualTo("0");
        }
        WebhookReceiver.Received onlineMessage = byId(onlineIds.get(0));
        String streamId = sim.groundTruth().liveSessions().stream().filter(s -> s.broadcasterId().equals(broadcaster))
                .findFirst().orElseThrow().streamId();
        assertThat(onlineMessage.json().get("event").get("id").asText()).isEqualTo(streamId);
        assertThat(onlineMessage.header("Twitch-Eventsub-Subscription-Type")).isEqualTo("stream.online");
        assertThat(byId(offlineIds.get(0)).json().get("event").get("broadcaster_user_id").asText()).isEqualTo(broadcaster);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sim.groundTruth().events().stream()
                .allMatch(EventRecord::delivered));
        assertThat(sim.groundTruth().events()).extracting(EventRecord::messageId)
                .containsExactlyInAnyOrder(offlineIds.get(0), onlineIds.get(0));
    }

    @Test
    void duplicatesReuseTheMessageIdAndAreCountedInTheGroundTruth() {
        start(TestSims.manual().withDuplicateDeliveryRate(1.0));
        String broadcaster = liveBroadcaster(1);
        awaitStatus(subscribe("channel.update", broadcasterCondition(broadcaster), ""), "enabled");

        String id = sim.control().triggerEvent("channel.update", broadcaster).get(0);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("notification").size() == 2);
        List<WebhookReceiver.Received> copies = receiver.ofType("notification");
        assertThat(copies).extracting(m -> m.header("Twitch-Eventsub-Message-Id")).containsExactly(id, id);
        assertThat(copies.get(0).text()).isEqualTo(copies.get(1).text());
        assertThat(copies).allMatch(m -> m.header("Twitch-Eventsub-Message-Signature").equals(Hmac.expected(SECRET, m)));
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> sim.groundTruth().event(id).orElseThrow().duplicates() == 1);
        assertThat(sim.groundTruth().event(id).orElseThrow().outcome()).isEqualTo("delivered");
    }

    @Test
    void revokingASubscriptionSendsARevocationWithoutEvent() {
        start(TestSims.manual());
        String subscription = subscribe("stream.online", broadcasterCondition(liveBroadcaster(2)), "");
        awaitStatus(subscription, "enabled");

        sim.control().revokeSubscription(subscription, "user_removed");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("revocation").size() == 1);
        WebhookReceiver.Received revocation = receiver.ofType("revocation").get(0);
        assertThat(OAuthFlowTest.fieldNames(revocation.json())).isEqualTo(Set.of("subscription"));
        assertThat(revocation.json().get("subscription").get("status").asText()).isEqualTo("user_removed");
        assertThat(revocation.header("Twitch-Eventsub-Message-Signature")).isEqualTo(Hmac.expected(SECRET, revocation));
        awaitStatus(subscription, "user_removed");
    }

    @Test
    void aUserRevokingTheAppTriggersUserAuthorizationRevokeAndRevokesDependentSubscriptions() {
        start(TestSims.manual());
        String broadcaster = liveBroadcaster(3);
        sim.control().authorizeBroadcaster(broadcaster, "channel:read:subscriptions");
        String revokeSub = subscribe("user.authorization.revoke", "{\"client_id\":\"" + sim.config().clientId() + "\"}", "");
        String subs = subscribe("channel.subscribe", broadcasterCondition(broadcaster), "");
        awaitStatus(revokeSub, "enabled");
        awaitStatus(subs, "enabled");

        List<String> ids = sim.control().revokeUser(broadcaster);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("notification").size() == 1
                && receiver.ofType("revocation").size() == 1);
        JsonNode event = byId(ids.get(0)).json().get("event");
        assertThat(event.get("client_id").asText()).isEqualTo(sim.config().clientId());
        assertThat(event.get("user_id").asText()).isEqualTo(broadcaster);
        assertThat(event.get("user_login").asText()).isEqualTo(sim.control().login(broadcaster));
        assertThat(receiver.ofType("revocation").get(0).json().get("subscription").get("id").asText()).isEqualTo(subs);
        awaitStatus(subs, "authorization_revoked");
        assertThat(helix.post("/eventsub/subscriptions", request("channel.subscribe", "1",
                broadcasterCondition(broadcaster), receiver.url() + "?again", SECRET)).status()).isEqualTo(403);
    }

    @Test
    void repeatedFailuresRetryWithTheSameIdThenMarkNotificationFailuresExceeded() {
        start(TestSims.manual().withDeliveryFailureLimit(3));
        String broadcaster = liveBroadcaster(4);
        String subscription = subscribe("channel.update", broadcasterCondition(broadcaster), "");
        awaitStatus(subscription, "enabled");
        receiver.notificationStatus(500);

        String id = sim.control().triggerEvent("channel.update", broadcaster).get(0);

        awaitStatus(subscription, "notification_failures_exceeded");
        List<WebhookReceiver.Received> sends = receiver.ofType("notification");
        assertThat(sends).extracting(m -> m.header("Twitch-Eventsub-Message-Id")).containsOnly(id);
        assertThat(sends).extracting(m -> m.header("Twitch-Eventsub-Message-Retry")).containsExactly("0", "1", "2");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("revocation").size() == 1);
        EventRecord record = sim.groundTruth().event(id).orElseThrow();
        assertThat(List.of(record.outcome(), record.attempts(), record.lastStatusCode()))
                .containsExactly("failed", 3, 500);
    }

    private WebhookReceiver.Received byId(String messageId) {
        return receiver.ofType("notification").stream()
                .filter(m -> messageId.equals(m.header("Twitch-Eventsub-Message-Id"))).findFirst().orElseThrow();
    }

    private String liveBroadcaster(int index) {
        return sim.groundTruth().liveSessions().get(index).broadcasterId();
    }

    private String subscribe(String type, String condition, String callbackSuffix) {
        String version = type.equals("channel.update") || type.equals("channel.follow") ? "2" : "1";
        TestHttp.Response response = helix.post("/eventsub/subscriptions",
                request(type, version, condition, receiver.url() + callbackSuffix, SECRET));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("data").get(0).get("id").asText();
    }

    private void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> sim.control().subscriptionStatus(id).orElseThrow().equals(status));
    }

    static Set<String> ids(List<WebhookReceiver.Received> messages) {
        return messages.stream().map(m -> m.header("Twitch-Eventsub-Message-Id")).collect(Collectors.toSet());
    }
}
