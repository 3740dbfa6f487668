package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reads carry a strong ETag and Cache-Control; a matching If-None-Match is answered 304 without a body. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalRequestsIT extends ReadApiContext {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("micronaut.server.cors.enabled", "true",
            "micronaut.server.cors.configurations.api.allowed-origins", "https://allowed.example");
    }

    @Test
    void aRepeatedReadWithTheETagIsNotModified() {
        // Given a first read of a channel's stats
        String path = "/api/v1/channels/" + data.alpha + "/stats";
        HttpProbe.Answer first = http().get(path);
        String etag = first.header("ETag").orElseThrow();

        // When it is read again with that ETag, with a weak form of it, in a list, and with another tag
        HttpProbe.Answer same = http().get(path, "If-None-Match", etag);
        HttpProbe.Answer weak = http().get(path, "If-None-Match", "W/" + etag);
        HttpProbe.Answer listed = http().get(path, "If-None-Match", "\"nope\", " + etag);
        HttpProbe.Answer other = http().get(path, "If-None-Match", "\"nope\"");

        // Then the matching ones are 304 with the same ETag and Cache-Control and no body; the other gets the body
        assertThat(first.status()).isEqualTo(200);
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.header("Cache-Control")).contains("public, max-age=60");
        for (HttpProbe.Answer answer : new HttpProbe.Answer[] {same, weak, listed}) {
            assertThat(answer.status()).isEqualTo(304);
            assertThat(answer.header("ETag")).contains(etag);
            assertThat(answer.header("Cache-Control")).contains("public, max-age=60");
            assertThat(answer.body()).isEmpty();
        }
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());
        assertThat(other.header("ETag")).contains(etag);
    }

    @Test
    void eachKindOfReadHasItsOwnMaxAge() {
        assertThat(http().get("/api/v1/streams").header("Cache-Control")).contains("public, max-age=2");
        assertThat(http().get("/api/v1/channels/" + data.alpha).header("Cache-Control"))
            .contains("public, max-age=10");
        assertThat(http().get("/api/v1/rankings/games").header("Cache-Control")).contains("public, max-age=300");
    }

    @Test
    void differentAnswersHaveDifferentETagsAndTheSameAnswerTheSameOne() {
        String week = http().get("/api/v1/channels/" + data.alpha + "/stats?days=7").header("ETag").orElseThrow();
        String year = http().get("/api/v1/channels/" + data.alpha + "/stats?days=365").header("ETag").orElseThrow();
        String yearAgain = http().get("/api/v1/channels/" + data.alpha + "/stats?days=365").header("ETag")
            .orElseThrow();

        assertThat(week).isNotEqualTo(year);
        assertThat(yearAgain).isEqualTo(year);
    }

    @Test
    void browsersOfAllowedOriginsMayReadTheAnswersAndTheirHeaders() {
        // Given CORS is on for one origin
        String path = "/api/v1/rankings/tags";

        // When a page of that origin and one of another origin read
        HttpProbe.Answer allowed = http().get(path, "Origin", "https://allowed.example");
        HttpProbe.Answer other = http().get(path, "Origin", "https://evil.example");

        // Then only the allowed origin is named, and the caching and rate-limit headers are readable by its script
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://allowed.example");
        assertThat(String.join(",", allowed.headers().allValues("Access-Control-Expose-Headers")))
            .contains("ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After");
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void problemsAreNeitherTaggedNorCached() {
        HttpProbe.Answer problem = http().get("/api/v1/channels/" + data.alpha + "/stats?days=0");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("ETag")).isEmpty();
        assertThat(problem.header("Cache-Control")).isEmpty();
    }
}
