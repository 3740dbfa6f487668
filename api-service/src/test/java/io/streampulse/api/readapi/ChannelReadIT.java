package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A channel's sessions, stats, schedule, games, recent events and event counts, from the seeded read model. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelReadIT extends ReadApiContext {

    @Test
    void sessionsComeLatestFirstPageByPage() {
        // When a channel's sessions are listed two at a time
        JsonNode first = http().get("/api/v1/channels/" + data.alpha + "/sessions?limit=2").json();
        String cursor = first.at("/pagination/cursor").asText();
        JsonNode second = http().get("/api/v1/channels/" + data.alpha + "/sessions?limit=2&cursor=" + cursor).json();

        // Then the latest two come first, then the oldest, and the last page has no cursor
        assertThat(first.get("data")).containsExactly(HttpProbe.json(sessionOne()), HttpProbe.json(sessionTwo()));
        assertThat(second).isEqualTo(HttpProbe.json("{\"data\":[" + sessionThree() + "],\"pagination\":{\"cursor\":null}}"));
    }

    @Test
    void sessionsOverlappingARange() {
        // When the sessions overlapping 10 to 5 days ago are asked (the one crossing midnight starts 9 days ago)
        JsonNode range = http().get("/api/v1/channels/" + data.alpha + "/sessions?from=" + data.at(10, 0)
            + "&to=" + data.at(5, 0)).json();

        // Then only that session is listed
        assertThat(range).isEqualTo(HttpProbe.json("{\"data\":[" + sessionTwo() + "],\"pagination\":{\"cursor\":null}}"));
    }

    @Test
    void statsOverThirtyAndThreeHundredSixtyFiveDays() {
        JsonNode month = http().get("/api/v1/channels/" + data.alpha + "/stats").json();
        JsonNode year = http().get("/api/v1/channels/" + data.alpha + "/stats?days=365").json();

        assertThat(month).isEqualTo(stats(30, 3, 7.5, 450, 157575, 350.17, 2));
        assertThat(year).isEqualTo(stats(365, 4, 8.5, 510, 163575, 320.74, 3));
    }

    @Test
    void gamesPlayedWithTheirShareOfTheTime() {
        JsonNode games = http().get("/api/v1/channels/" + data.alpha + "/games?days=30").json();

        assertThat(games).isEqualTo(HttpProbe.json("{\"data\":[{\"game_id\":\"33214\",\"game_name\":\"Fortnite\","
            + "\"seconds\":23400,\"hours_streamed\":6.5,\"sessions\":2,\"share\":0.8667},{\"game_id\":\"509658\","
            + "\"game_name\":\"Just Chatting\",\"seconds\":3600,\"hours_streamed\":1.0,\"sessions\":1,"
            + "\"share\":0.1333}],\"pagination\":{\"cursor\":null}}"));
    }

    @Test
    void scheduleHeatmapCountsTheWeeksLivePerWeekdayHour() {
        // When the 8-week heatmap is asked
        JsonNode schedule = http().get("/api/v1/channels/" + data.alpha + "/schedule?weeks=8").json();

        // Then every weekday hour is there, and the hours the three sessions touched were live in 1 of 8 weeks
        Instant end = Instant.parse(schedule.get("window_end").asText());
        Instant expectedEnd = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
        assertThat(end).isIn(expectedEnd, expectedEnd.minus(Duration.ofHours(1)));
        Set<String> live = Set.of(cell(data.at(2, 10)), cell(data.at(2, 11)), cell(data.at(2, 12)),
            cell(data.at(9, 20)), cell(data.at(9, 21)), cell(data.at(9, 22)), cell(data.at(9, 23)),
            cell(data.at(8, 0)), cell(data.at(40, 10)));
        List<String> cells = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            for (int hour = 0; hour < 24; hour++) {
                boolean on = live.contains(weekday + "/" + hour);
                cells.add("{\"weekday\":" + weekday + ",\"hour\":" + hour + ",\"weeks_live\":" + (on ? 1 : 0)
                    + ",\"share\":" + (on ? "0.125" : "0.0") + "}");
            }
        }
        assertThat(schedule).isEqualTo(HttpProbe.json("{\"broadcaster_id\":\"" + data.alphaId
            + "\",\"broadcaster_login\":\"" + data.alpha + "\",\"weeks\":8,\"weeks_observed\":8,\"window_start\":\""
            + end.minus(Duration.ofDays(56)) + "\",\"window_end\":\"" + end + "\",\"cells\":[" + String.join(",", cells)
            + "]}"));
    }

    @Test
    void recentEventsNewestFirst() {
        JsonNode three = http().get("/api/v1/channels/" + data.alpha + "/events?limit=3").json();
        JsonNode all = http().get("/api/v1/channels/" + data.alpha + "/events").json();

        assertThat(three).isEqualTo(HttpProbe.json("{\"data\":[" + cheer() + "," + follow() + "," + subscribe()
            + "],\"pagination\":{\"cursor\":null}}"));
        assertThat(all.get("data")).containsExactly(HttpProbe.json(cheer()), HttpProbe.json(follow()),
            HttpProbe.json(subscribe()), HttpProbe.json(raid()));
    }

    @Test
    void eventCountsPerTypeOverDays() {
        JsonNode month = http().get("/api/v1/channels/" + data.alpha + "/events/counts").json();
        JsonNode sixty = http().get("/api/v1/channels/" + data.alpha + "/events/counts?from=" + data.day(60)
            + "&to=" + data.today).json();

        assertThat(month).isEqualTo(counts(data.day(29).toString(), 10, 5));
        assertThat(sixty).isEqualTo(counts(data.day(60).toString(), 17, 12));
    }

    private JsonNode counts(String from, int total, int follows) {
        return HttpProbe.json("{\"broadcaster_id\":\"" + data.alphaId + "\",\"broadcaster_login\":\"" + data.alpha
            + "\",\"from\":\"" + from + "\",\"to\":\"" + data.today + "\",\"total\":" + total + ",\"counts\":["
            + "{\"event_type\":\"channel.cheer\",\"count\":2,\"bits_total\":300},"
            + "{\"event_type\":\"channel.follow\",\"count\":" + follows + ",\"bits_total\":0},"
            + "{\"event_type\":\"channel.subscribe\",\"count\":3,\"bits_total\":0}]}");
    }

    private JsonNode stats(int days, int daysLive, double hours, int minutes, long viewerMinutes, double average,
                           int sessions) {
        return HttpProbe.json("{\"broadcaster_id\":\"" + data.alphaId + "\",\"broadcaster_login\":\"" + data.alpha
            + "\",\"days\":" + days + ",\"from\":\"" + data.day(days - 1) + "\",\"to\":\"" + data.today
            + "\",\"days_live\":" + daysLive + ",\"hours_streamed\":" + hours + ",\"minutes_live\":" + minutes
            + ",\"viewer_minutes\":" + viewerMinutes + ",\"average_viewers\":" + average + ",\"peak_viewers\":800,"
            + "\"sessions\":" + sessions + "}");
    }

    private static String cell(Instant hour) {
        var time = hour.atOffset(ZoneOffset.UTC);
        return time.getDayOfWeek().getValue() + "/" + time.getHour();
    }

    private String sessionOne() {
        return "{\"stream_id\":\"a-s1\",\"started_at\":\"" + data.at(2, 10) + "\",\"ended_at\":\"" + data.at(2, 12, 30)
            + "\",\"duration_seconds\":9000,\"peak_viewers\":500,\"average_viewers\":250.5,\"viewer_minutes\":37575,"
            + "\"games\":[{\"game_id\":\"33214\",\"game_name\":\"Fortnite\",\"seconds\":5400},{\"game_id\":\"509658\","
            + "\"game_name\":\"Just Chatting\",\"seconds\":3600}],\"titles\":[\"first\",\"second\"],"
            + "\"tags\":[\"English\",\"FPS\"],\"language\":\"en\",\"end_reason\":\"OFFLINE_EVENT\"}";
    }

    private String sessionTwo() {
        return "{\"stream_id\":\"a-s2\",\"started_at\":\"" + data.at(9, 20) + "\",\"ended_at\":\"" + data.at(8, 1)
            + "\",\"duration_seconds\":18000,\"peak_viewers\":800,\"average_viewers\":400.0,\"viewer_minutes\":120000,"
            + "\"games\":[{\"game_id\":\"33214\",\"game_name\":\"Fortnite\",\"seconds\":18000}],\"titles\":[\"late\"],"
            + "\"tags\":[],\"language\":\"en\",\"end_reason\":\"ABSENT_GRACE\"}";
    }

    private String sessionThree() {
        return "{\"stream_id\":\"a-s3\",\"started_at\":\"" + data.at(40, 10) + "\",\"ended_at\":\"" + data.at(40, 11)
            + "\",\"duration_seconds\":3600,\"peak_viewers\":100,\"average_viewers\":100.0,\"viewer_minutes\":6000,"
            + "\"games\":[{\"game_id\":\"21779\",\"game_name\":\"League of Legends\",\"seconds\":3600}],"
            + "\"titles\":[\"old\"],\"tags\":[],\"language\":\"de\",\"end_reason\":\"NEW_STREAM\"}";
    }

    private String follow() {
        return event("ev-1", "channel.follow", "\"u1\"", "\"user_one\"", "\"User_One\"", "null", "null", data.at(1, 10));
    }

    private String cheer() {
        return event("ev-2", "channel.cheer", "\"u2\"", "\"user_two\"", "\"User_Two\"", "100", "null", data.at(1, 11));
    }

    private String subscribe() {
        return event("ev-3", "channel.subscribe", "\"u3\"", "\"user_three\"", "\"User_Three\"", "null", "\"1000\"",
            data.at(3, 9));
    }

    private String raid() {
        return event("ev-4", "channel.raid", "\"" + data.bravoId + "\"", "\"" + data.bravo + "\"",
            "\"Bravo_" + data.run + "\"", "42", "null", data.at(5, 9));
    }

    private String event(String id, String type, String actorId, String login, String name, String amount,
                         String tier, Instant at) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"" + type + "\",\"broadcaster_id\":\"" + data.alphaId
            + "\",\"actor_id\":" + actorId + ",\"actor_login\":" + login + ",\"actor_name\":" + name + ",\"amount\":"
            + amount + ",\"tier\":" + tier + ",\"occurred_at\":\"" + at + "\"}";
    }
}
