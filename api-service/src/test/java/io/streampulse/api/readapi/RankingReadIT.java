package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Rankings over days, the platform curve, event counts per streamer, and the OpenAPI document and Swagger UI. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingReadIT extends ReadApiContext {

    @Test
    void channelsRankedByHoursOrViewerMinutes() {
        JsonNode byHours = http().get("/api/v1/rankings/channels?by=hours&days=30").json();
        JsonNode byViewerMinutes = http().get("/api/v1/rankings/channels?by=viewer_minutes&limit=1").json();

        assertThat(byHours).isEqualTo(ranking("[" + bravo(1) + "," + alpha(2) + "]", 30));
        assertThat(byViewerMinutes).isEqualTo(ranking("[" + alpha(1) + "]", 30));
    }

    @Test
    void gamesRankedByViewerMinutes() {
        JsonNode month = http().get("/api/v1/rankings/games").json();
        JsonNode year = http().get("/api/v1/rankings/games?days=365&limit=1").json();

        assertThat(month).isEqualTo(ranking("[{\"rank\":1,\"game_id\":\"33214\",\"game_name\":\"Fortnite\","
            + "\"viewer_minutes\":8000,\"hours_watched\":133.33,\"peak_viewers\":500},{\"rank\":2,"
            + "\"game_id\":\"509658\",\"game_name\":\"Just Chatting\",\"viewer_minutes\":7000,\"hours_watched\":116.67,"
            + "\"peak_viewers\":100}]", 30));
        assertThat(year).isEqualTo(ranking("[{\"rank\":1,\"game_id\":\"21779\",\"game_name\":\"League of Legends\","
            + "\"viewer_minutes\":99999,\"hours_watched\":1666.65,\"peak_viewers\":900}]", 365));
    }

    @Test
    void tagsRankedByViewerMinutes() {
        JsonNode tags = http().get("/api/v1/rankings/tags?days=7").json();

        assertThat(tags).isEqualTo(ranking("[{\"rank\":1,\"tag\":\"english\",\"viewer_minutes\":10000,"
            + "\"hours_streamed\":11.5},{\"rank\":2,\"tag\":\"fps\",\"viewer_minutes\":4000,\"hours_streamed\":2.25}]", 7));
    }

    @Test
    void platformViewersOverTheDay() {
        // When the curve of the last day and of the last week are asked
        JsonNode day = http().get("/api/v1/platform/viewers").json();
        JsonNode week = http().get("/api/v1/platform/viewers?days=7").json();

        // Then each 5-minute slot averages its values over the window's days
        Instant p1 = data.curveBase.minusSeconds(1800);
        Instant p3 = data.curveBase.minusSeconds(7200 + 3 * 86_400);
        assertThat(day.get("data")).isEqualTo(HttpProbe.json("[" + point(p1, 1000, 10, 1) + "]"));
        List<Instant> slots = List.of(p1, p3).stream().sorted(Comparator.comparing(RankingReadIT::time)).toList();
        assertThat(week.get("data")).isEqualTo(HttpProbe.json("[" + slots.stream()
            .map(slot -> slot.equals(p1) ? point(p1, 2000, 20, 2) : point(p3, 500, 5, 1))
            .reduce((a, b) -> a + "," + b).orElseThrow() + "]"));
        Instant to = Instant.parse(day.get("to").asText());
        assertThat(to.getEpochSecond() % 300).isZero();
        assertThat(Instant.parse(day.get("from").asText())).isEqualTo(to.minus(Duration.ofDays(1)));
        assertThat(day.get("days").asInt()).isEqualTo(1);
        assertThat(day.at("/pagination/cursor").isNull()).isTrue();
    }

    @Test
    void eventCountsPerStreamerMostEventsFirst() {
        JsonNode counts = http().get("/api/v1/events/counts").json();

        assertThat(counts).isEqualTo(HttpProbe.json("{\"data\":[{\"rank\":1,\"broadcaster_id\":\"" + data.bravoId
            + "\",\"broadcaster_login\":\"" + data.bravo + "\",\"broadcaster_name\":\"Bravo_" + data.run + "\","
            + "\"total\":20,\"counts\":{\"channel.follow\":20}},{\"rank\":2,\"broadcaster_id\":\"" + data.alphaId
            + "\",\"broadcaster_login\":\"" + data.alpha + "\",\"broadcaster_name\":\"Alpha_" + data.run + "\","
            + "\"total\":10,\"counts\":{\"channel.cheer\":2,\"channel.follow\":5,\"channel.subscribe\":3}}],"
            + "\"pagination\":{\"cursor\":null},\"from\":\"" + data.day(29) + "\",\"to\":\"" + data.today + "\"}"));
    }

    @Test
    void servesTheGeneratedOpenApiDocumentAndSwaggerUi() {
        HttpProbe.Answer spec = http().get("/openapi/streampulse-api-v1.yml");
        HttpProbe.Answer ui = http().get("/swagger-ui/index.html");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("title: StreamPulse API", "/api/v1/streams:", "/api/v1/leaderboards/channels:",
            "/api/v1/leaderboards/games:", "/api/v1/channels/{login}:", "/api/v1/channels/{login}/sessions:",
            "/api/v1/channels/{login}/stats:", "/api/v1/channels/{login}/schedule:", "/api/v1/channels/{login}/games:",
            "/api/v1/rankings/channels:", "/api/v1/rankings/games:", "/api/v1/rankings/tags:",
            "/api/v1/platform/viewers:", "/api/v1/channels/{login}/events:", "/api/v1/channels/{login}/events/counts:",
            "/api/v1/events/counts:");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui", "/openapi/streampulse-api-v1.yml");
    }

    private JsonNode ranking(String data, int days) {
        return HttpProbe.json("{\"data\":" + data + ",\"pagination\":{\"cursor\":null},\"days\":" + days
            + ",\"from\":\"" + this.data.day(days - 1) + "\",\"to\":\"" + this.data.today + "\"}");
    }

    private String alpha(int rank) {
        return "{\"rank\":" + rank + ",\"broadcaster_id\":\"" + data.alphaId + "\",\"broadcaster_login\":\""
            + data.alpha + "\",\"broadcaster_name\":\"Alpha_" + data.run + "\",\"hours_streamed\":7.5,"
            + "\"viewer_minutes\":157575,\"average_viewers\":350.17,\"peak_viewers\":800}";
    }

    private String bravo(int rank) {
        return "{\"rank\":" + rank + ",\"broadcaster_id\":\"" + data.bravoId + "\",\"broadcaster_login\":\""
            + data.bravo + "\",\"broadcaster_name\":\"Bravo_" + data.run + "\",\"hours_streamed\":10.0,"
            + "\"viewer_minutes\":60000,\"average_viewers\":100.0,\"peak_viewers\":200}";
    }

    private static String point(Instant slot, long viewers, long channels, int samples) {
        return "{\"time\":\"" + time(slot) + "\",\"total_viewers\":" + viewers + ",\"live_channels\":" + channels
            + ",\"samples\":" + samples + "}";
    }

    private static String time(Instant slot) {
        var t = slot.atOffset(ZoneOffset.UTC);
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
