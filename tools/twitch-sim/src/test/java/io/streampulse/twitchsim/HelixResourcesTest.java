package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.OAuthFlowTest.json;
import static io.streampulse.twitchsim.StreamsEndpointTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HelixResourcesTest {
    private static TwitchSimulator sim;
    private static HelixClient helix;
    private static String broadcaster;
    private static String viewer;

    @BeforeAll
    static void start() {
        sim = TwitchSimulator.start(TestSims.manual());
        helix = HelixClient.app(sim);
        broadcaster = sim.groundTruth().liveSessions().get(0).broadcasterId();
        viewer = sim.groundTruth().liveSessions().get(1).broadcasterId();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void usersByIdAndLoginAtMost100Combined() {
        String login = sim.control().login(viewer);

        JsonNode users = helix.get("/users?id=" + broadcaster + "&login=" + login + "&id=424242").json().get("data");
        String tooMany = IntStream.range(0, 101).mapToObj(i -> (i % 2 == 0 ? "id=" : "login=") + i).collect(Collectors.joining("&"));

        assertThat(values(users, "id")).containsExactly(broadcaster, viewer);
        assertThat(values(users, "login")).containsExactly(sim.control().login(broadcaster), login);
        assertThat(users.get(0).get("display_name").asText()).isEqualToIgnoringCase(sim.control().login(broadcaster));
        assertThat(users.get(0).has("email")).isFalse();
        assertThat(helix.get("/users?" + tooMany).status()).isEqualTo(400);
        assertThat(helix.get("/users").status()).isEqualTo(400);
    }

    @Test
    void gamesByIdNameOrIgdbIdAndTopGamesByViewers() {
        JsonNode games = helix.get("/games?id=509658&name=Fortnite&igdb_id=1905").json().get("data");
        JsonNode top = helix.get("/games/top?first=5").json();
        JsonNode next = helix.get("/games/top?first=5&after=" + top.get("pagination").get("cursor").asText()).json();

        assertThat(values(games, "name")).containsExactly("Just Chatting", "Fortnite");
        assertThat(games.get(1)).isEqualTo(json("{\"id\":\"33214\",\"name\":\"Fortnite\",\"box_art_url\":"
                + "\"https://static-cdn.jtvnw.net/ttv-boxart/33214-{width}x{height}.jpg\",\"igdb_id\":\"1905\"}"));
        assertThat(helix.get("/games").status()).isEqualTo(400);
        assertThat(top.get("data")).hasSize(5);
        assertThat(values(next.get("data"), "id")).doesNotContainAnyElementsOf(values(top.get("data"), "id"));
        assertThat(top.get("data").get(0).get("id").asText()).isEqualTo(topGameByLiveViewers());
    }

    @Test
    void channelsRequireBroadcasterIdAndShowOfflineChannelsToo() {
        sim.control().forceOffline(viewer);

        JsonNode channels = helix.get("/channels?broadcaster_id=" + broadcaster + "&broadcaster_id=" + viewer).json();

        assertThat(values(channels.get("data"), "broadcaster_id")).containsExactly(broadcaster, viewer);
        assertThat(channels.get("data").get(0).get("delay").asInt()).isZero();
        assertThat(helix.get("/channels").status()).isEqualTo(400);
        sim.control().forceOnline(viewer);
    }

    @Test
    void followersShowOnlyTheTotalWithoutModeratorPermission() {
        UserAuthorization owner = sim.control().authorizeBroadcaster(broadcaster, "moderator:read:followers");
        sim.control().triggerEvent("channel.follow", broadcaster);
        HelixClient ownerClient = new HelixClient(sim, owner.accessToken());

        JsonNode appView = helix.get("/channels/followers?broadcaster_id=" + broadcaster).json();
        JsonNode ownerView = ownerClient.get("/channels/followers?broadcaster_id=" + broadcaster + "&first=5").json();
        String newest = ownerView.get("data").get(0).get("user_id").asText();
        JsonNode single = ownerClient.get("/channels/followers?broadcaster_id=" + broadcaster + "&user_id=" + newest).json();
        TestHttp.Response appWithUser = helix.get("/channels/followers?broadcaster_id=" + broadcaster + "&user_id=" + newest);

        assertThat(appView.get("data")).isEmpty();
        assertThat(appView.get("pagination")).isEqualTo(json("{}"));
        assertThat(appView.get("total").asInt()).isEqualTo(ownerView.get("total").asInt()).isPositive();
        assertThat(ownerView.get("data")).hasSize(Math.min(5, ownerView.get("total").asInt()));
        assertThat(values(single.get("data"), "user_id")).containsExactly(newest);
        assertThat(appWithUser.status()).isEqualTo(401);
    }

    @Test
    void chattersNeedAModeratorUserTokenWithTheScope() {
        UserAuthorization owner = sim.control().authorizeBroadcaster(broadcaster, "moderator:read:chatters");
        UserAuthorization stranger = sim.control().authorizeBroadcaster(viewer, "moderator:read:chatters");
        String query = "/chat/chatters?broadcaster_id=" + broadcaster + "&moderator_id=";

        TestHttp.Response withApp = helix.get(query + broadcaster);
        TestHttp.Response withOwner = new HelixClient(sim, owner.accessToken()).get(query + broadcaster + "&first=3");
        TestHttp.Response withStranger = new HelixClient(sim, stranger.accessToken()).get(query + viewer);
        sim.control().addModerator(broadcaster, viewer);
        TestHttp.Response withModerator = new HelixClient(sim, stranger.accessToken()).get(query + viewer);

        assertThat(withApp.status()).isEqualTo(401);
        assertThat(withOwner.status()).isEqualTo(200);
        assertThat(withOwner.json().get("data")).hasSize(Math.min(3, withOwner.json().get("total").asInt()));
        assertThat(withStranger.status()).isEqualTo(403);
        assertThat(withModerator.status()).isEqualTo(200);
    }

    @Test
    void removedAndUnknownEndpoints() {
        assertThat(helix.get("/users/follows?to_id=1").status()).isEqualTo(410);
        assertThat(helix.get("/nothing-here").json())
                .isEqualTo(json("{\"error\":\"Not Found\",\"status\":404,\"message\":\"Not Found\"}"));
    }

    private static String topGameByLiveViewers() {
        java.util.Map<String, Integer> viewers = new java.util.HashMap<>();
        String cursor = null;
        do {
            JsonNode page = helix.get("/streams?first=100" + (cursor == null ? "" : "&after=" + cursor)).json();
            page.get("data").forEach(s -> viewers.merge(s.get("game_id").asText(), s.get("viewer_count").asInt(), Integer::sum));
            cursor = page.get("pagination").has("cursor") ? page.get("pagination").get("cursor").asText() : null;
        } while (cursor != null);
        return viewers.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
