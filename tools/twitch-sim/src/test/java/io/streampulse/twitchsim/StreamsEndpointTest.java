package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.OAuthFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StreamsEndpointTest {
    private static TwitchSimulator sim;
    private static HelixClient helix;

    @BeforeAll
    static void start() {
        sim = TwitchSimulator.start(TestSims.manual());
        helix = HelixClient.app(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void defaultPageHas20StreamsByViewerCountDescendingAndACursor() {
        JsonNode page = helix.get("/streams").json();

        List<Integer> viewers = values(page.get("data"), "viewer_count").stream().map(Integer::parseInt).toList();
        assertThat(viewers).hasSize(20);
        assertThat(viewers).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.get("pagination").get("cursor").asText()).isNotEmpty();
        assertThat(viewers.get(0)).isEqualTo(sim.groundTruth().liveSessions().stream()
                .mapToInt(SessionRecord::viewers).max().orElseThrow());
    }

    @Test
    void userIdFilterReturnsOnlyLiveUsersAndAppliesTheDefaultFirst() {
        List<String> live = sim.groundTruth().liveSessions().stream().map(SessionRecord::broadcasterId).limit(50).toList();
        List<String> offline = IntStream.range(0, 2000).mapToObj(i -> sim.control().userId(login(i)))
                .filter(id -> !liveIds().contains(id)).limit(50).toList();
        String query = "user_id=" + String.join("&user_id=", concat(live, offline));

        JsonNode all = helix.get("/streams?first=100&" + query).json();
        JsonNode defaultFirst = helix.get("/streams?" + query).json();

        assertThat(values(all.get("data"), "user_id")).containsExactlyInAnyOrderElementsOf(live);
        assertThat(values(all.get("data"), "viewer_count").stream().map(Integer::parseInt).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all.get("pagination")).isEqualTo(json("{}"));
        assertThat(defaultFirst.get("data")).hasSize(20);
        assertThat(defaultFirst.get("pagination").has("cursor")).isTrue();
    }

    @Test
    void moreThan100ValuesOfAFilterIsA400() {
        String ids = IntStream.range(0, 101).mapToObj(i -> "user_id=" + (1000 + i)).collect(Collectors.joining("&"));
        String logins = IntStream.range(0, 101).mapToObj(i -> "user_login=a" + i).collect(Collectors.joining("&"));

        TestHttp.Response tooManyIds = helix.get("/streams?" + ids);
        TestHttp.Response tooManyLogins = helix.get("/streams?" + logins);
        TestHttp.Response exactly100 = helix.get("/streams?" + ids.substring(0, ids.lastIndexOf('&')));

        assertThat(tooManyIds.status()).isEqualTo(400);
        assertThat(tooManyIds.json()).isEqualTo(json("{\"error\":\"Bad Request\",\"status\":400,\"message\":"
                + "\"The parameter \\\"user_id\\\" was malformed: the number of values must be less than or equal to 100\"}"));
        assertThat(tooManyLogins.status()).isEqualTo(400);
        assertThat(exactly100.status()).isEqualTo(200);
    }

    @Test
    void loginGameAndLanguageFiltersSelectMatchingStreams() {
        JsonNode top = helix.get("/streams?first=100").json().get("data");
        String login = top.get(3).get("user_login").asText();
        String game = top.get(0).get("game_id").asText();

        JsonNode byLogin = helix.get("/streams?user_login=" + login.toUpperCase()).json().get("data");
        JsonNode byGame = helix.get("/streams?first=100&game_id=" + game).json().get("data");
        JsonNode spanish = helix.get("/streams?first=100&language=es&type=live").json().get("data");

        assertThat(values(byLogin, "user_login")).containsExactly(login);
        assertThat(values(byGame, "game_id")).isNotEmpty().allMatch(game::equals);
        assertThat(values(spanish, "language")).isNotEmpty().allMatch("es"::equals);
    }

    @Test
    void malformedParametersAreRejected() {
        assertThat(helix.get("/streams?first=0").status()).isEqualTo(400);
        assertThat(helix.get("/streams?first=101").status()).isEqualTo(400);
        assertThat(helix.get("/streams?first=ten").status()).isEqualTo(400);
        assertThat(helix.get("/streams?type=vodcast").status()).isEqualTo(400);
        JsonNode invalidCursor = json("{\"error\":\"Bad Request\",\"status\":400,\"message\":\"invalid cursor\"}");
        assertThat(helix.get("/streams?after=garbage!!").json()).isEqualTo(invalidCursor);
        assertThat(helix.get("/streams?after=eyJmb28iOjF9").json()).isEqualTo(invalidCursor);
        assertThat(helix.get("/streams?before=bm90IGpzb24=").status()).isEqualTo(400);
    }

    @Test
    void beforeCursorPagesBackwards() {
        JsonNode first = helix.get("/streams?first=10").json();
        JsonNode second = helix.get("/streams?first=10&after=" + first.get("pagination").get("cursor").asText()).json();

        JsonNode back = helix.get("/streams?first=10&before=" + second.get("pagination").get("cursor").asText()).json();

        assertThat(values(back.get("data"), "id")).isEqualTo(values(first.get("data"), "id"));
        assertThat(values(second.get("data"), "id")).doesNotContainAnyElementsOf(values(first.get("data"), "id"));
    }

    private static List<String> liveIds() {
        return sim.groundTruth().liveSessions().stream().map(SessionRecord::broadcasterId).toList();
    }

    private static String login(int index) {
        return sim.control().login(io.streampulse.twitchsim.world.Ids.userId(index));
    }

    static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
