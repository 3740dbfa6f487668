package io.streampulse.twitch.helix;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.Fixtures;
import io.streampulse.twitch.StubTwitch;
import io.streampulse.twitch.StubTwitch.Answer;
import io.streampulse.twitch.TwitchJson;
import io.streampulse.twitch.eventsub.EventSubSubscription;
import io.streampulse.twitch.eventsub.EventSubTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelixClientTest {

    private final StubTwitch twitch = StubTwitch.start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final HelixClient helix = HelixClient.builder(twitch.config()).meterRegistry(meters).build();

    @AfterEach
    void stop() {
        helix.close();
        twitch.close();
    }

    @Test
    void getStreamsSendsRepeatedEncodedKeysAndParsesTheOfficialExample() {
        // Given Twitch answers with its documented example
        twitch.respond("/helix/streams", Answer.json(200, Fixtures.text("helix-get-streams.json")));
        // When asking for two users, a login with a space and a language
        HelixPage<HelixStream> page = helix.getStreams(StreamsQuery.byUserIds(List.of("98765", "4&2"))
                .withLanguages(List.of("es")).withType("live")).join();
        // Then the request repeats keys and encodes values, and the page is fully typed
        StubTwitch.Recorded request = twitch.requests("/helix/streams").get(0);
        assertThat(request.rawQuery()).isEqualTo("user_id=98765&user_id=4%262&language=es&type=live&first=100");
        assertThat(List.of(request.method(), request.header("Client-Id"), request.header("Authorization")))
                .isEqualTo(List.of("GET", "stub-client-id", "Bearer token-1"));
        assertThat(page).isEqualTo(new HelixPage<>(List.of(new HelixStream("123456789", "98765", "sandysanderman",
                "SandySanderman", "494131", "Little Nightmares", "live", "hablamos y le damos a Little Nightmares 1",
                List.of("Español"), 78365, Instant.parse("2021-03-10T15:04:21Z"), "es",
                "https://static-cdn.jtvnw.net/previews-ttv/live_user_auronplay-{width}x{height}.jpg")),
                "eyJiIjp7IkN1cnNvciI6ImV5SnpJam8zT0RNMk5TNDBORFF4TlRjMU1UY3hOU3dpWkNJNlptRnNjMlVzSW5RaU9uUnlkV1Y5In0sImEiOnsiQ3Vyc29yIjoiZXlKeklqb3hOVGs0TkM0MU56RXhNekExTVRZNU1ESXNJbVFpT21aaGJITmxMQ0owSWpwMGNuVmxmUT09In19",
                null));
        assertThat(meters.get("twitch.helix.ids.per.call").tag("endpoint", "streams").summary().totalAmount())
                .isEqualTo(2.0);
        assertThat(meters.get("twitch.helix.calls").tags("endpoint", "streams", "status", "200").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void refusesMoreThanOneHundredIdsBeforeSpendingACall() {
        List<String> ids = IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).toList();

        assertThatThrownBy(() -> helix.getStreams(StreamsQuery.byUserIds(ids)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("user_id takes at most 100 values, got 101");
        assertThatThrownBy(() -> helix.getStreams(StreamsQuery.sweep().withGameIds(ids)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("game_id takes at most 100 values, got 101");
        assertThatThrownBy(() -> helix.getUsers(ids.subList(0, 60), ids.subList(60, 101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> helix.getStreams(StreamsQuery.sweep().withFirst(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(twitch.requests("/helix/streams")).isEmpty();
    }

    @Test
    void emptyFinalPageHasNoCursor() {
        twitch.respond("/helix/streams", Answer.json(200, "{\"data\":[],\"pagination\":{}}"));

        HelixPage<HelixStream> page = helix.getStreams(StreamsQuery.sweep().withAfter("abc")).join();

        assertThat(page).isEqualTo(new HelixPage<HelixStream>(List.of(), null, null));
        assertThat(twitch.requests("/helix/streams").get(0).rawQuery()).isEqualTo("first=100&after=abc");
    }

    @Test
    void parsesUsersGamesTopGamesAndChannels() {
        twitch.respond("/helix/users", Answer.json(200, Fixtures.text("helix-get-users.json")))
                .respond("/helix/games", Answer.json(200, Fixtures.text("helix-get-games.json")))
                .respond("/helix/games/top", Answer.json(200, Fixtures.text("helix-get-top-games.json")))
                .respond("/helix/channels", Answer.json(200, Fixtures.text("helix-get-channel-information.json")));

        List<HelixUser> users = helix.getUsers(List.of("141981764"), List.of("twitchdev")).join();
        List<HelixGame> games = helix.getGames(List.of("33214"), List.of("Grand Theft Auto V"), List.of()).join();
        HelixPage<HelixGame> top = helix.getTopGames(PageRequest.of(1)).join();
        List<HelixChannel> channels = helix.getChannels(List.of("141981764")).join();

        assertThat(users).containsExactly(new HelixUser("141981764", "twitchdev", "TwitchDev", "", "partner",
                "Supporting third-party developers building Twitch integrations from chatbots to game integrations.",
                "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-profile_image-300x300.png",
                "https://static-cdn.jtvnw.net/jtv_user_pictures/3f13ab61-ec78-4fe6-8481-8682cb3b0ac2-channel_offline_image-1920x1080.png",
                "not-real@email.com", Instant.parse("2016-12-14T20:32:28Z")));
        assertThat(games).containsExactly(new HelixGame("33214", "Fortnite",
                "https://static-cdn.jtvnw.net/ttv-boxart/33214-{width}x{height}.jpg", "1905"));
        assertThat(top).isEqualTo(new HelixPage<>(List.of(new HelixGame("493057", "PUBG: BATTLEGROUNDS",
                "https://static-cdn.jtvnw.net/ttv-boxart/493057-{width}x{height}.jpg", "27789")),
                "eyJiIjpudWxsLCJhIjp7Ik9mZnNldCI6MjB9fQ==", null));
        assertThat(channels).containsExactly(new HelixChannel("141981764", "twitchdev", "TwitchDev", "en", "509670",
                "Science & Technology", "TwitchDev Monthly Update // May 6, 2021", 0, List.of("DevsInTheKnow"),
                List.of("Gambling", "DrugsIntoxication", "MatureGame"), false));
        assertThat(List.of(twitch.requests("/helix/users").get(0).rawQuery(),
                twitch.requests("/helix/games").get(0).rawQuery(), twitch.requests("/helix/games/top").get(0).rawQuery()))
                .isEqualTo(List.of("id=141981764&login=twitchdev", "id=33214&name=Grand%20Theft%20Auto%20V", "first=1"));
    }

    @Test
    void createsListsAndDeletesEventSubSubscriptions() throws Exception {
        twitch.respond("/helix/eventsub/subscriptions", Answer.json(200,
                Fixtures.text("helix-get-eventsub-subscriptions.json")));
        twitch.enqueue("/helix/eventsub/subscriptions", Answer.json(202,
                Fixtures.text("helix-create-eventsub-subscription-response-webhook.json")));
        CreateEventSubSubscription request = CreateEventSubSubscription.webhook("channel.follow", "2",
                Map.of("broadcaster_user_id", "1337", "moderator_user_id", "1337"),
                "https://example.com/webhooks/callback", "s3cRe7-long-enough");

        EventSubSubscriptionList created = helix.createEventSubSubscription(request).join();
        EventSubSubscriptionList listed = helix.listEventSubSubscriptions(EventSubFilter.status("enabled"), "c1").join();
        twitch.enqueue("/helix/eventsub/subscriptions", Answer.empty(204));
        helix.deleteEventSubSubscription("26b1c993-bfcf-44d9-b876-379dacafe75a").join();

        List<StubTwitch.Recorded> calls = twitch.requests("/helix/eventsub/subscriptions");
        JsonNode sent = TwitchJson.mapper().readTree(calls.get(0).body());
        JsonNode official = TwitchJson.mapper().readTree(Fixtures.text("eventsub-create-request-channel.follow.v2.json")
                .replace("s3cRe7", "s3cRe7-long-enough"));
        assertThat(sent).isEqualTo(official);
        assertThat(calls.get(0).header("Content-Type")).isEqualTo("application/json");
        assertThat(created).isEqualTo(new EventSubSubscriptionList(List.of(new EventSubSubscription(
                "26b1c993-bfcf-44d9-b876-379dacafe75a", "user.update", "1", "webhook_callback_verification_pending", 1,
                Map.of("user_id", "1234"), EventSubTransport.webhook("https://this-is-a-callback.com"),
                Instant.parse("2020-11-10T14:32:18.730260295Z"))), 1, 1, 10000, null));
        assertThat(listed.data()).extracting(EventSubSubscription::id)
                .containsExactly("26b1c993-bfcf-44d9-b876-379dacafe75a", "35016908-41ff-33ce-7879-61b8dfc2ee16");
        assertThat(List.of(listed.total(), listed.totalCost(), listed.maxTotalCost())).isEqualTo(List.of(2, 1, 10000));
        assertThat(calls).extracting(c -> c.method() + " " + c.rawQuery()).containsExactly("POST null",
                "GET status=enabled&after=c1", "DELETE id=26b1c993-bfcf-44d9-b876-379dacafe75a");
        assertThat(request.toString()).doesNotContain("s3cRe7-long-enough");
    }

    @Test
    void twitchErrorsBecomeTypedExceptions() {
        twitch.enqueue("/helix/streams", Answer.json(400,
                "{\"error\":\"Bad Request\",\"status\":400,\"message\":\"invalid cursor\"}"));
        twitch.enqueue("/helix/eventsub/subscriptions", Answer.json(404,
                "{\"error\":\"Not Found\",\"status\":404,\"message\":\"subscription not found\"}"));
        twitch.enqueue("/helix/channels", Answer.json(200, "{\"data\": 42"));

        HelixException badCursor = failureOf(() -> helix.getStreams(StreamsQuery.sweep().withAfter("IA")).join());
        HelixException unknown = failureOf(() -> helix.deleteEventSubSubscription("nope").join());
        HelixException garbage = failureOf(() -> helix.getChannels(List.of("1")).join());

        assertThat(badCursor).isInstanceOf(HelixException.BadRequest.class);
        assertThat(List.of(badCursor.status(), badCursor.error(), badCursor.twitchMessage(), badCursor.endpoint()))
                .isEqualTo(List.of(400, "Bad Request", "invalid cursor", "streams"));
        assertThat(unknown).isInstanceOf(HelixException.NotFound.class);
        assertThat(garbage).isInstanceOf(HelixException.MalformedResponse.class);
    }

    @Test
    void userTokenCallsSendThatTokenAndSkipTheAppToken() {
        twitch.respond("/helix/chat/chatters", Answer.json(200,
                "{\"data\":[{\"user_id\":\"128393656\",\"user_login\":\"smittysmithers\",\"user_name\":\"smittysmithers\"}],"
                        + "\"pagination\":{\"cursor\":\"eyJiIjpudWxsLCJhIjp7Ik9mZnNldCI6NX19\"},\"total\":8}"));

        HelixPage<HelixChatter> chatters = helix.getChatters("123456", "654321", PageRequest.of(1000), "user-token")
                .join();

        assertThat(chatters).isEqualTo(new HelixPage<>(List.of(new HelixChatter("128393656", "smittysmithers",
                "smittysmithers")), "eyJiIjpudWxsLCJhIjp7Ik9mZnNldCI6NX19", 8));
        StubTwitch.Recorded request = twitch.requests("/helix/chat/chatters").get(0);
        assertThat(List.of(request.rawQuery(), request.header("Authorization")))
                .isEqualTo(List.of("broadcaster_id=123456&moderator_id=654321&first=1000", "Bearer user-token"));
        assertThat(twitch.tokensIssued()).isZero();
    }

    static HelixException failureOf(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return HelixException.from(e).orElseThrow(() -> new AssertionError("not a HelixException", e));
        }
        throw new AssertionError("expected a failure");
    }
}
