package io.streampulse.twitch.auth;

import io.streampulse.twitch.MutableClock;
import io.streampulse.twitch.StubTwitch;
import io.streampulse.twitch.StubTwitch.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class AppTokenProviderTest {

    private final StubTwitch twitch = StubTwitch.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AppTokenProvider tokens = new AppTokenProvider(twitch.config(), http);

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void postsTheClientCredentialsGrantAsAForm() {
        String token = tokens.token().join();

        StubTwitch.Recorded request = twitch.requests("/oauth2/token").get(0);
        assertThat(List.of(token, request.method(), request.header("Content-Type"), request.body())).isEqualTo(List.of(
                "token-1", "POST", "application/x-www-form-urlencoded",
                "client_id=stub-client-id&client_secret=stub-client-secret&grant_type=client_credentials"));
    }

    @Test
    void concurrentCallersShareOneInFlightFetch() {
        // Given Twitch holds the token answer
        CompletableFuture<Void> release = new CompletableFuture<>();
        twitch.enqueue("/oauth2/token", Answer.json(200,
                "{\"access_token\":\"shared\",\"expires_in\":5011271,\"token_type\":\"bearer\"}").heldUntil(release));
        // When twenty callers ask at once
        List<CompletableFuture<String>> callers = IntStream.range(0, 20).mapToObj(i -> tokens.token()).toList();
        await().atMost(Duration.ofSeconds(2)).until(() -> twitch.requests("/oauth2/token").size() == 1);
        release.complete(null);
        // Then all get the one token, fetched once, and later callers reuse it
        assertThat(callers.stream().map(CompletableFuture::join).distinct().toList()).containsExactly("shared");
        assertThat(tokens.token().join()).isEqualTo("shared");
        assertThat(twitch.requests("/oauth2/token")).hasSize(1);
    }

    @Test
    void invalidateDropsOnlyTheRejectedCurrentToken() {
        String first = tokens.token().join();

        tokens.invalidate("some-older-token");
        String stillFirst = tokens.token().join();
        tokens.invalidate(first);
        String second = tokens.token().join();
        tokens.invalidate(first);

        assertThat(List.of(first, stillFirst, second, tokens.token().join()))
                .isEqualTo(List.of("token-1", "token-1", "token-2", "token-2"));
    }

    @Test
    void aFailedFetchIsReportedTypedAndNotCached() {
        twitch.enqueue("/oauth2/token", Answer.json(400, "{\"status\":400,\"message\":\"invalid client secret\"}"));

        assertThatThrownBy(() -> tokens.token().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(TwitchAuthException.class, e -> assertThat(
                        List.of(e.status(), e.twitchMessage())).isEqualTo(List.of(400, "invalid client secret")));
        assertThat(tokens.token().join()).isEqualTo("token-1");
    }

    @Test
    void renewsShortlyBeforeExpiry() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AppTokenProvider expiring = new AppTokenProvider(twitch.config(), http,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), clock);
        twitch.enqueue("/oauth2/token", Answer.json(200, "{\"access_token\":\"short\",\"expires_in\":100}"));

        String first = expiring.token().join();
        clock.advance(Duration.ofSeconds(89));
        String beforeRenewal = expiring.token().join();
        clock.advance(Duration.ofSeconds(2));
        String renewed = expiring.token().join();

        assertThat(List.of(first, beforeRenewal, renewed)).isEqualTo(List.of("short", "short", "token-1"));
    }
}
