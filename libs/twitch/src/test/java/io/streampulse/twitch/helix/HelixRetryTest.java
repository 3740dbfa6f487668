package io.streampulse.twitch.helix;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.StubTwitch;
import io.streampulse.twitch.StubTwitch.Answer;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.InMemoryRateBudget;
import io.streampulse.twitch.budget.RateBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.streampulse.twitch.helix.HelixClientTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HelixRetryTest {

    private static final String STREAMS = "{\"data\":[],\"pagination\":{}}";
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), 3);

    private final StubTwitch twitch = StubTwitch.start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateBudget budget = InMemoryRateBudget.create(BudgetSettings.defaults("stub-client-id"), meters,
            Clock.systemUTC());
    private HelixClient helix = client(twitch.config());

    private HelixClient client(TwitchConfig config) {
        return HelixClient.builder(config).budget(budget).meterRegistry(meters).retryPolicy(FAST).build();
    }

    @AfterEach
    void stop() {
        budget.close();
        twitch.close();
    }

    @Test
    void an401FetchesANewAppTokenOnceAndRetriesTheRequestOnce() {
        // Given the first token has expired at Twitch
        twitch.rejectToken("token-1").respond("/helix/streams", Answer.json(200, STREAMS));
        // When a request fails with 401
        helix.getStreams(StreamsQuery.sweep()).join();
        // Then one new token was fetched and the request repeated with it
        assertThat(twitch.requests("/helix/streams")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(twitch.tokensIssued()).isEqualTo(2);
    }

    @Test
    void concurrent401sWithTheSameTokenCauseASingleReFetch() {
        twitch.rejectToken("token-1").respond("/helix/streams", Answer.json(200, STREAMS));
        helix.getStreams(StreamsQuery.sweep()).join();
        twitch.rejectToken("token-2");

        List<CompletableFuture<HelixPage<HelixStream>>> calls = IntStream.range(0, 8)
                .mapToObj(i -> helix.getStreams(StreamsQuery.sweep())).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

        assertThat(twitch.tokensIssued()).isEqualTo(3);
    }

    @Test
    void a401ThatPersistsAfterTheReFetchFails() {
        twitch.rejectToken("token-1").rejectToken("token-2").rejectToken("token-3");

        HelixException failure = failureOf(() -> helix.getStreams(StreamsQuery.sweep()).join());

        assertThat(failure).isInstanceOf(HelixException.Unauthorized.class);
        assertThat(List.of(twitch.requests("/helix/streams").size(), twitch.tokensIssued())).isEqualTo(List.of(2, 2));
    }

    @Test
    void a429MakesEverybodyWaitUntilRatelimitReset() {
        // Given Twitch says the bucket is empty until the next full second + 1
        long reset = Instant.now().getEpochSecond() + 2;
        twitch.enqueue("/helix/streams", Answer.json(429, "{\"error\":\"Too Many Requests\",\"status\":429,\"message\":\"\"}")
                        .withHeaders(Map.of("Ratelimit-Limit", "800", "Ratelimit-Remaining", "0",
                                "Ratelimit-Reset", Long.toString(reset))))
                .respond("/helix/streams", Answer.json(200, STREAMS));
        // When one request hits the 429 and another is made while blocked
        CompletableFuture<HelixPage<HelixStream>> first = helix.getStreams(StreamsQuery.sweep().withLanguages(List.of("de")));
        await().atMost(Duration.ofSeconds(2)).until(() -> budget.snapshot().join().blockedForMillis() > 0);
        CompletableFuture<HelixPage<HelixStream>> second = helix.getStreams(StreamsQuery.sweep().withLanguages(List.of("fr")));
        first.join();
        second.join();
        // Then both the retry and the other request reach Twitch only after the reset
        List<StubTwitch.Recorded> calls = twitch.requests("/helix/streams");
        assertThat(calls).hasSize(3);
        assertThat(calls.subList(1, 3)).allSatisfy(c -> assertThat(c.receivedAt()).isAfterOrEqualTo(Instant.ofEpochSecond(reset)));
        assertThat(meters.get("twitch.helix.429").tag("endpoint", "streams").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("twitch.budget.blocks").counter().count()).isEqualTo(1.0);
    }

    @Test
    void a503IsRetriedExactlyOnce() {
        String unavailable = "{\"error\":\"Service Unavailable\",\"status\":503,\"message\":\"\"}";
        twitch.enqueue("/helix/streams", Answer.json(503, unavailable)).enqueue("/helix/streams", Answer.json(200, STREAMS));
        helix.getStreams(StreamsQuery.sweep()).join();
        twitch.respond("/helix/users", Answer.json(503, unavailable));

        HelixException failure = failureOf(() -> helix.getUsers(List.of("1"), List.of()).join());

        assertThat(twitch.requests("/helix/streams")).hasSize(2);
        assertThat(failure).isInstanceOf(HelixException.ServerError.class);
        assertThat(twitch.requests("/helix/users")).hasSize(2);
    }

    @Test
    void otherServerErrorsBackOffAndGiveUpAfterTheRetryLimit() {
        String error = "{\"error\":\"Internal Server Error\",\"status\":500,\"message\":\"\"}";
        twitch.enqueue("/helix/streams", Answer.json(500, error)).enqueue("/helix/streams", Answer.json(502, error))
                .enqueue("/helix/streams", Answer.json(200, STREAMS));
        twitch.respond("/helix/users", Answer.json(500, error));

        helix.getStreams(StreamsQuery.sweep()).join();
        HelixException failure = failureOf(() -> helix.getUsers(List.of("1"), List.of()).join());

        assertThat(twitch.requests("/helix/streams")).hasSize(3);
        assertThat(failure).isInstanceOf(HelixException.ServerError.class);
        assertThat(failure.status()).isEqualTo(500);
        assertThat(twitch.requests("/helix/users")).hasSize(1 + FAST.maxRetries());
        List<StubTwitch.Recorded> users = twitch.requests("/helix/users");
        assertThat(Duration.between(users.get(0).receivedAt(), users.get(3).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(10 + 20 + 40));
    }

    @Test
    void subscriptionCreationIsNotRepeatedAfterAServerError() {
        twitch.respond("/helix/eventsub/subscriptions", Answer.json(500, "{\"status\":500}"));

        HelixException failure = failureOf(() -> helix.createEventSubSubscription(CreateEventSubSubscription.webhook(
                "stream.online", "1", Map.of("broadcaster_user_id", "1"), "https://x.example/cb", "0123456789")).join());

        assertThat(failure).isInstanceOf(HelixException.ServerError.class);
        assertThat(twitch.requests("/helix/eventsub/subscriptions")).hasSize(1);
    }

    @Test
    void timeoutsAreRetriedThenReportedAsTransportFailures() {
        helix = client(twitch.config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));
        twitch.enqueue("/helix/streams", Answer.json(200, STREAMS).delayedBy(Duration.ofSeconds(1)))
                .enqueue("/helix/streams", Answer.json(200, STREAMS));
        twitch.respond("/helix/users", Answer.json(200, "{\"data\":[]}").delayedBy(Duration.ofSeconds(1)));

        helix.getStreams(StreamsQuery.sweep()).join();
        HelixException failure = failureOf(() -> helix.getUsers(List.of("1"), List.of()).join());

        assertThat(twitch.requests("/helix/streams")).hasSize(2);
        assertThat(failure).isInstanceOf(HelixException.Transport.class);
        assertThat(failure.error()).isEqualTo("HttpTimeoutException");
        assertThat(meters.get("twitch.helix.calls").tags("endpoint", "users", "status", "timeout").counter().count())
                .isEqualTo(4.0);
    }

    @Test
    void userToken401IsNotRetriedWithTheAppToken() {
        twitch.rejectToken("user-token");

        HelixException failure = failureOf(() -> helix.getChannelFollowers("1337", null, PageRequest.firstPage(),
                "user-token").join());

        assertThat(failure).isInstanceOf(HelixException.Unauthorized.class);
        assertThat(List.of(twitch.requests("/helix/channels/followers").size(), twitch.tokensIssued()))
                .isEqualTo(List.of(1, 0));
    }

    @Test
    void responsesCorrectTheSharedBudgetDownToWhatTwitchSaysRemains() {
        twitch.respond("/helix/streams", Answer.json(200, STREAMS).withHeaders(Map.of("Ratelimit-Limit", "800",
                "Ratelimit-Remaining", "17", "Ratelimit-Reset", Long.toString(Instant.now().getEpochSecond() + 60))));

        helix.getStreams(StreamsQuery.sweep()).join();

        // (without the correction the bucket would hold 799; it refills 13.3 points/s from 17)
        await().atMost(Duration.ofSeconds(2)).until(() -> budget.snapshot().join().tokens() < 30.0);
        assertThat(meters.get("twitch.budget.twitch.remaining").gauge().value()).isEqualTo(17.0);
    }
}
