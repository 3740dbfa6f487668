package io.streampulse.api.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Per-client limits in a window shared through Redis: RateLimit-* headers on every /api answer, 429 problem with
 * Retry-After past the limit, a known API key with its own window and limit. (An hour-long window, so the test does
 * not straddle two windows.)
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT extends ReadApiContext {

    private static final String KEY = "rate-limit-test-key";

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streampulse.api.rate-limit.limit", "3", "streampulse.api.rate-limit.api-key-limit", "5",
            "streampulse.api.rate-limit.window", "1h", "streampulse.api.rate-limit.api-keys", "other-key," + KEY);
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfter() {
        // When one client address sends four requests (one of them invalid, which counts too)
        List<HttpProbe.Answer> answers = new ArrayList<>();
        answers.add(http().get("/api/v1/rankings/games"));
        answers.add(http().get("/api/v1/rankings/games?days=0"));
        answers.add(http().get("/api/v1/streams"));
        answers.add(http().get("/api/v1/rankings/games"));

        // Then the first three pass, counting down, and the fourth is refused until the window ends
        assertThat(answers).extracting(HttpProbe.Answer::status).containsExactly(200, 400, 200, 429);
        assertThat(answers).extracting(answer -> answer.header("RateLimit-Limit").orElseThrow())
            .containsOnly("3");
        assertThat(answers).extracting(answer -> answer.header("RateLimit-Remaining").orElseThrow())
            .containsExactly("2", "1", "0", "0");
        HttpProbe.Answer refused = answers.get(3);
        long reset = Long.parseLong(refused.header("RateLimit-Reset").orElseThrow());
        assertThat(reset).isBetween(1L, 3600L);
        assertThat(refused.header("Retry-After")).contains(Long.toString(reset));
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json()).isEqualTo(HttpProbe.json("{\"type\":\"urn:streampulse:problem:rate-limited\","
            + "\"title\":\"Too many requests\",\"status\":429,\"detail\":\"Rate limit of 3 requests per window "
            + "exceeded; retry in " + reset + " s.\",\"instance\":\"/api/v1/rankings/games\"}"));

        // And a known API key has its own window and limit, while an unknown key is just the same address
        HttpProbe.Answer withKey = http().get("/api/v1/rankings/games", "X-Api-Key", KEY);
        HttpProbe.Answer withUnknownKey = http().get("/api/v1/rankings/games", "X-Api-Key", "invented");
        assertThat(withKey.status()).isEqualTo(200);
        assertThat(withKey.header("RateLimit-Limit")).contains("5");
        assertThat(withKey.header("RateLimit-Remaining")).contains("4");
        assertThat(withUnknownKey.status()).isEqualTo(429);
    }

    @Test
    void healthAndDocumentsAreNotLimited() {
        HttpProbe.Answer health = http().get("/health/liveness");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("RateLimit-Limit")).isEmpty();
    }
}
