package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.testkit.TestRedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Live streams from twitch.streams.live.v1, leaderboards from Redis, channel profiles with their live status. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReadIT extends ReadApiContext {

    private StreamState charlieLive;
    private StreamState alphaLive;
    private StreamState deltaLive;

    @Override
    void beforeStart() {
        charlieLive = LiveStreams.state(data.charlieId, data.charlie, data.gameId, 2_000_000_001L, List.of("Speedrun"));
        alphaLive = LiveStreams.state(data.alphaId, data.alpha, data.gameId, 1500, List.of(data.tag, "English"));
        deltaLive = LiveStreams.state(data.deltaId, "delta_" + data.run, data.gameId + "1", 100, List.of());
        LiveStreams.publish(List.of(alphaLive, charlieLive, deltaLive));
        LiveStreams.raw(data.run + "99", "{not json".getBytes(StandardCharsets.UTF_8));
        leaderboards();
    }

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http().get("/health/readiness").status() == 200);
    }

    @Test
    void listsTheStreamsOfAGameMostViewersFirstPageByPage() {
        // Given the live index read the topic from its beginning at start

        // When the game's streams are listed one per page
        HttpProbe.Answer first = http().get("/api/v1/streams?game_id=" + data.gameId + "&limit=1");
        String cursor = first.json().at("/pagination/cursor").asText();
        HttpProbe.Answer second = http().get("/api/v1/streams?game_id=" + data.gameId + "&limit=1&cursor=" + cursor);

        // Then the most watched comes first, the cursor leads to the next, and the last page says there is no more
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.json().get("data")).containsExactly(LiveStreams.json(charlieLive));
        assertThat(second.json()).isEqualTo(HttpProbe.json("{\"data\":[" + LiveStreams.json(alphaLive)
            + "],\"pagination\":{\"cursor\":null}}"));
    }

    @Test
    void filtersByTagAndLanguageAndListsTheTopUnfiltered() {
        // When filtered by a tag (any case) plus language, and unfiltered
        JsonNode byTag = http().get("/api/v1/streams?tag=" + data.tag.toUpperCase() + "&language=EN").json();
        JsonNode top = http().get("/api/v1/streams?limit=1").json();

        // Then only the tagged stream, and the stream with the most viewers
        assertThat(byTag.get("data")).containsExactly(LiveStreams.json(alphaLive));
        assertThat(top.get("data")).containsExactly(LiveStreams.json(charlieLive));
        assertThat(top.at("/pagination/cursor").isTextual()).isTrue();
    }

    @Test
    void followsTheTopicAfterStartTombstonesIncluded() {
        // Given a stream of another game is live
        String otherGame = "/api/v1/streams?game_id=" + data.gameId + "1";
        assertThat(http().get(otherGame).json().get("data")).containsExactly(LiveStreams.json(deltaLive));

        // When it ends (tombstone) and another stream of that game starts
        StreamState echo = LiveStreams.state(data.run + "05", "echo_" + data.run, data.gameId + "1", 7, List.of());
        LiveStreams.end(data.deltaId);
        LiveStreams.publish(List.of(echo));

        // Then the list shows only the new stream (once the short cache expired)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(http().get(otherGame).json().get("data")).containsExactly(LiveStreams.json(echo)));
    }

    @Test
    void deadLettersAnUnreadableRecordAndKeepsGoing() {
        // Given a record that is not JSON was on the topic before the good ones were read

        // When the metrics are scraped
        String metrics = http().get("/prometheus").body();

        // Then it was dead-lettered with its reason, and the index kept every good record
        assertThat(metrics.lines().filter(line -> line.startsWith("streampulse_deadletter_records_total{")
            && line.contains("source_topic=\"twitch.streams.live.v1\"") && line.contains("error_type=\"not_json\"")))
            .singleElement().satisfies(line -> assertThat(line).endsWith(" 1.0"));
    }

    @Test
    void profileShowsTheCurrentStreamOfALiveChannel() {
        // When the profiles of an archived live channel, a channel only live, and an archived offline one are read
        JsonNode alpha = http().get("/api/v1/channels/" + data.alpha.toUpperCase()).json();
        JsonNode charlie = http().get("/api/v1/channels/" + data.charlie).json();
        JsonNode bravo = http().get("/api/v1/channels/" + data.bravo).json();

        // Then each has its archive facts and live status
        assertThat(alpha).isEqualTo(profile(data.alphaId, data.alpha, "Alpha_" + data.run,
            "\"" + data.alphaFirstSeen + "\"", "\"" + data.alphaLastSeen + "\"", LiveStreams.json(alphaLive)));
        assertThat(charlie).isEqualTo(profile(data.charlieId, data.charlie, "Name_" + data.charlie, "null", "null",
            LiveStreams.json(charlieLive)));
        assertThat(bravo).isEqualTo(profile(data.bravoId, data.bravo, "Bravo_" + data.run,
            "\"" + data.at(20, 0) + "\"", "\"" + data.at(1, 0) + "\"", null));
    }

    @Test
    void anUnknownLoginIsA404Problem() {
        HttpProbe.Answer answer = http().get("/api/v1/channels/nobody_" + data.run);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json()).isEqualTo(HttpProbe.json("{\"type\":\"urn:streampulse:problem:not-found\","
            + "\"title\":\"Not found\",\"status\":404,\"detail\":\"No channel with this login is known.\","
            + "\"instance\":\"/api/v1/channels/nobody_" + data.run + "\"}"));
    }

    @Test
    void leaderboardsComeFromTheAggregatorsRedisBoards() {
        // When both boards are read
        JsonNode channels = http().get("/api/v1/leaderboards/channels?limit=1").json();
        JsonNode games = http().get("/api/v1/leaderboards/games").json();

        // Then they are the boards aggregator-service wrote, in rank order, with their window
        assertThat(channels).isEqualTo(HttpProbe.json("{\"data\":[{\"rank\":1,\"broadcaster_id\":\"" + data.charlieId
            + "\",\"broadcaster_login\":\"" + data.charlie + "\",\"broadcaster_name\":\"Charlie\","
            + "\"viewer_count\":2500}],\"pagination\":{\"cursor\":null},"
            + "\"window_start\":\"2025-05-01T10:59:00Z\",\"window_end\":\"2025-05-01T11:00:00Z\","
            + "\"computed_at\":\"2025-05-01T11:00:05Z\"}"));
        assertThat(games).isEqualTo(HttpProbe.json("{\"data\":[{\"rank\":1,\"game_id\":\"33214\","
            + "\"game_name\":\"Fortnite\",\"viewer_count\":9000},{\"rank\":2,\"game_id\":\"509658\","
            + "\"game_name\":\"Just Chatting\",\"viewer_count\":9000}],\"pagination\":{\"cursor\":null},"
            + "\"window_start\":null,\"window_end\":null,\"computed_at\":null}"));
    }

    private static JsonNode profile(String id, String login, String name, String firstSeen, String lastSeen,
                                    JsonNode stream) {
        return HttpProbe.json("{\"broadcaster_id\":\"" + id + "\",\"broadcaster_login\":\"" + login
            + "\",\"broadcaster_name\":\"" + name + "\",\"first_seen_at\":" + firstSeen + ",\"last_seen_at\":"
            + lastSeen + ",\"is_live\":" + (stream != null) + ",\"stream\":" + stream + "}");
    }

    private void leaderboards() {
        RedisClient client = RedisClient.create(TestRedis.uri());
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            String board = redisPrefix + "leaderboard:";
            redis.sync().hset(board + "channels:entries", Map.of(
                data.alphaId, "{\"rank\":2,\"id\":\"" + data.alphaId + "\",\"login\":\"" + data.alpha
                    + "\",\"name\":\"Alpha\",\"viewer_count\":1500}",
                data.charlieId, "{\"rank\":1,\"id\":\"" + data.charlieId + "\",\"login\":\"" + data.charlie
                    + "\",\"name\":\"Charlie\",\"viewer_count\":2500}",
                "broken", "{\"rank\":"));
            redis.sync().hset(board + "channels:meta", Map.of("window_start", "2025-05-01T10:59:00Z",
                "window_end", "2025-05-01T11:00:00Z", "computed_at", "2025-05-01T11:00:05Z", "event_id", "x"));
            redis.sync().hset(board + "games:entries", Map.of(
                "509658", "{\"rank\":2,\"id\":\"509658\",\"login\":\"\",\"name\":\"Just Chatting\",\"viewer_count\":9000}",
                "33214", "{\"rank\":1,\"id\":\"33214\",\"login\":\"\",\"name\":\"Fortnite\",\"viewer_count\":9000}"));
        } finally {
            client.shutdown();
        }
    }
}
