package io.streampulse.twitch.eventsub;

import io.streampulse.twitch.Fixtures;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelCheer;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelFollow;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelRaid;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscribe;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionGift;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionMessage;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelUpdate;
import io.streampulse.twitch.eventsub.EventSubEvent.Emote;
import io.streampulse.twitch.eventsub.EventSubEvent.Message;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOffline;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOnline;
import io.streampulse.twitch.eventsub.EventSubEvent.UserAuthorizationRevoke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventSubMessageTest {

    private static final Instant CREATED = Instant.parse("2019-11-16T10:11:12.634234626Z");
    private static final EventSubTransport CALLBACK = EventSubTransport.webhook("https://example.com/webhooks/callback");
    private static final Map<String, String> ON_1337 = Map.of("broadcaster_user_id", "1337");

    private static EventSubSubscription subscription(String type, String version, Map<String, String> condition,
                                                     int cost, Instant createdAt) {
        return new EventSubSubscription("f1c2a387-161a-49f9-a165-0f21d7a4e1c4", type, version, "enabled", cost,
                condition, CALLBACK, createdAt);
    }

    static Stream<Arguments> officialNotifications() {
        return Stream.of(
                Arguments.of("eventsub-stream.online.json", subscription("stream.online", "1", ON_1337, 0, CREATED),
                        new StreamOnline("9001", "1337", "cool_user", "Cool_User", "live",
                                Instant.parse("2020-10-11T10:11:12.123Z"))),
                Arguments.of("eventsub-stream.offline.json", subscription("stream.offline", "1", ON_1337, 0, CREATED),
                        new StreamOffline("1337", "cool_user", "Cool_User")),
                Arguments.of("eventsub-channel.update.v2.json", subscription("channel.update", "2", ON_1337, 0,
                                Instant.parse("2023-06-29T17:20:33.860897266Z")),
                        new ChannelUpdate("1337", "cool_user", "Cool_User", "Best Stream Ever", "en", "12453",
                                "Grand Theft Auto", List.of("MatureGame"))),
                Arguments.of("eventsub-channel.follow.v2.json", subscription("channel.follow", "2",
                                Map.of("broadcaster_user_id", "1337", "moderator_user_id", "1337"), 0, CREATED),
                        new ChannelFollow("1234", "cool_user", "Cool_User", "1337", "cooler_user", "Cooler_User",
                                Instant.parse("2020-07-15T18:16:11.17106713Z"))),
                Arguments.of("eventsub-channel.subscribe.json", subscription("channel.subscribe", "1", ON_1337, 0,
                                CREATED),
                        new ChannelSubscribe("1234", "cool_user", "Cool_User", "1337", "cooler_user", "Cooler_User",
                                "1000", false)),
                Arguments.of("eventsub-channel.subscription.gift.json", subscription("channel.subscription.gift", "1",
                                ON_1337, 0, CREATED),
                        new ChannelSubscriptionGift("1234", "cool_user", "Cool_User", "1337", "cooler_user",
                                "Cooler_User", 2, "1000", 284, false)),
                Arguments.of("eventsub-channel.subscription.message.json", subscription("channel.subscription.message",
                                "1", ON_1337, 0, CREATED),
                        new ChannelSubscriptionMessage("1234", "cool_user", "Cool_User", "1337", "cooler_user",
                                "Cooler_User", "1000", new Message("Love the stream! FevziGG",
                                List.of(new Emote(23, 30, "302976485"))), 15, 1, 6)),
                Arguments.of("eventsub-channel.cheer.json", subscription("channel.cheer", "1", ON_1337, 0, CREATED),
                        new ChannelCheer(false, "1234", "cool_user", "Cool_User", "1337", "cooler_user",
                                "Cooler_User", "pogchamp", 1000)),
                Arguments.of("eventsub-channel.raid.json", subscription("channel.raid", "1",
                                Map.of("to_broadcaster_user_id", "1337"), 0, CREATED),
                        new ChannelRaid("1234", "cool_user", "Cool_User", "1337", "cooler_user", "Cooler_User", 9001)),
                Arguments.of("eventsub-user.authorization.revoke.json", subscription("user.authorization.revoke", "1",
                                Map.of("client_id", "crq72vsaoijkc83xx42hz6i37"), 1, CREATED),
                        new UserAuthorizationRevoke("crq72vsaoijkc83xx42hz6i37", "1337", "cool_user", "Cool_User")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialNotifications")
    void parsesEveryOfficialNotification(String fixture, EventSubSubscription subscription, EventSubEvent event) {
        // Given Twitch's own example body, When parsed as a notification
        EventSubParseResult result = EventSubMessage.parse("notification", Fixtures.bytes(fixture));
        // Then it is the typed event with every field
        assertThat(result).isEqualTo(new EventSubParseResult.Parsed(new EventSubMessage.Notification(subscription, event)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialNotifications")
    void infersTheNotificationTypeWithoutTheHeader(String fixture, EventSubSubscription subscription, EventSubEvent event) {
        assertThat(EventSubMessage.parse(null, Fixtures.bytes(fixture)))
                .isEqualTo(new EventSubParseResult.Parsed(new EventSubMessage.Notification(subscription, event)));
    }

    @Test
    void parsesTheChallenge() {
        EventSubSubscription pending = new EventSubSubscription("f1c2a387-161a-49f9-a165-0f21d7a4e1c4",
                "channel.follow", "1", "webhook_callback_verification_pending", 1,
                Map.of("broadcaster_user_id", "12826"), CALLBACK, CREATED);

        assertThat(EventSubMessage.parse("webhook_callback_verification", Fixtures.bytes("eventsub-challenge.json")))
                .isEqualTo(new EventSubParseResult.Parsed(
                        new EventSubMessage.Challenge(pending, "pogchamp-kappa-360noscope-vohiyo")));
    }

    @Test
    void parsesTheRevocationWithItsReason() {
        EventSubSubscription revoked = new EventSubSubscription("f1c2a387-161a-49f9-a165-0f21d7a4e1c4",
                "channel.follow", "1", "authorization_revoked", 1, Map.of("broadcaster_user_id", "12826"),
                CALLBACK, CREATED);

        assertThat(EventSubMessage.parse("revocation", Fixtures.bytes("eventsub-revocation.json")))
                .isEqualTo(new EventSubParseResult.Parsed(new EventSubMessage.Revocation(revoked)));
    }

    @Test
    void anonymousCheerHasNullUserFieldsWhetherTwitchSendsNullOrTheCliSendsEmptyStrings() {
        String twitch = cheer("null", "null", "null");
        String cli = cheer("\"\"", "\"\"", "\"\"");
        ChannelCheer anonymous = new ChannelCheer(true, null, null, null, "1337", "cooler_user", "Cooler_User",
                "pogchamp", 1000);

        assertThat(eventOf(twitch)).isEqualTo(anonymous);
        assertThat(eventOf(cli)).isEqualTo(anonymous);
    }

    @Test
    void anonymousGiftHasNullUserFieldsAndNullCumulativeTotal() {
        String body = Fixtures.text("eventsub-channel.subscription.gift.json")
                .replace("\"user_id\": \"1234\"", "\"user_id\": null")
                .replace("\"user_login\": \"cool_user\"", "\"user_login\": null")
                .replace("\"user_name\": \"Cool_User\"", "\"user_name\": null")
                .replace("\"cumulative_total\": 284", "\"cumulative_total\": null")
                .replace("\"is_anonymous\": false", "\"is_anonymous\": true");

        assertThat(eventOf(body)).isEqualTo(new ChannelSubscriptionGift(null, null, null, "1337", "cooler_user",
                "Cooler_User", 2, "1000", null, true));
    }

    @Test
    void revokeOfADeletedUserHasNullLoginAndName() {
        String body = Fixtures.text("eventsub-user.authorization.revoke.json")
                .replace("\"user_login\": \"cool_user\"", "\"user_login\": null")
                .replace("\"user_name\": \"Cool_User\"", "\"user_name\": null");

        assertThat(eventOf(body)).isEqualTo(new UserAuthorizationRevoke("crq72vsaoijkc83xx42hz6i37", "1337", null, null));
    }

    @Test
    void unknownSubscriptionTypeOrVersionIsUnsupportedNotAnError() {
        String bitsUse = Fixtures.text("eventsub-channel.cheer.json").replace("\"channel.cheer\"", "\"channel.bits.use\"");
        String followV1 = Fixtures.text("eventsub-channel.follow.v2.json").replace("\"version\": \"2\"", "\"version\": \"1\"");

        assertThat(EventSubMessage.parse("notification", bytes(bitsUse))).isInstanceOfSatisfying(
                EventSubParseResult.Unsupported.class, u -> assertThat(List.of(u.messageType(), u.subscriptionType(),
                        u.subscriptionVersion())).isEqualTo(List.of("notification", "channel.bits.use", "1")));
        assertThat(EventSubMessage.parse("notification", bytes(followV1))).isInstanceOfSatisfying(
                EventSubParseResult.Unsupported.class, u -> assertThat(List.of(u.subscriptionType(),
                        u.subscriptionVersion())).isEqualTo(List.of("channel.follow", "1")));
    }

    @Test
    void unknownMessageTypeIsUnsupported() {
        assertThat(EventSubMessage.parse("session_keepalive", Fixtures.bytes("eventsub-stream.online.json")))
                .isEqualTo(new EventSubParseResult.Unsupported("session_keepalive", null, null, null));
    }

    @Test
    void malformedBodiesGiveATypedErrorWithTheReason() {
        String noBroadcaster = Fixtures.text("eventsub-stream.online.json")
                .replace("\"broadcaster_user_id\": \"1337\",\n    \"broadcaster_user_login\"", "\"broadcaster_user_login\"");
        String bitsAsText = Fixtures.text("eventsub-channel.cheer.json").replace("\"bits\": 1000", "\"bits\": \"many\"");
        String noSubscription = "{\"event\":{}}";

        assertThat(List.of(
                EventSubMessage.parse("notification", bytes("{not json")),
                EventSubMessage.parse("notification", new byte[0]),
                EventSubMessage.parse("notification", bytes("[1,2]")),
                EventSubMessage.parse("notification", bytes(noBroadcaster)),
                EventSubMessage.parse("notification", bytes(bitsAsText)),
                EventSubMessage.parse("notification", bytes(noSubscription))))
                .allSatisfy(r -> assertThat(r).isInstanceOf(EventSubParseResult.Malformed.class))
                .extracting(r -> ((EventSubParseResult.Malformed) r).reason())
                .containsExactly(
                        "not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                        "empty body",
                        "$ must be a JSON object",
                        "missing $.event.broadcaster_user_id",
                        "$.event.bits must be an integer",
                        "$.subscription must be a JSON object");
    }

    private static String cheer(String userId, String login, String name) {
        return Fixtures.text("eventsub-channel.cheer.json")
                .replace("\"is_anonymous\": false", "\"is_anonymous\": true")
                .replace("\"user_id\": \"1234\"", "\"user_id\": " + userId)
                .replace("\"user_login\": \"cool_user\"", "\"user_login\": " + login)
                .replace("\"user_name\": \"Cool_User\"", "\"user_name\": " + name);
    }

    private static EventSubEvent eventOf(String body) {
        EventSubParseResult result = EventSubMessage.parse("notification", bytes(body));
        assertThat(result).isInstanceOf(EventSubParseResult.Parsed.class);
        EventSubMessage message = ((EventSubParseResult.Parsed) result).message();
        assertThat(message).isInstanceOf(EventSubMessage.Notification.class);
        return ((EventSubMessage.Notification) message).event();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
