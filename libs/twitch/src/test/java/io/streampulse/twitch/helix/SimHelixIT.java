package io.streampulse.twitch.helix;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.TwitchJson;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.InMemoryRateBudget;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Helix client against the real simulator (tools/twitch-sim) in this JVM. */
class SimHelixIT {

    private static final SimConfig FROZEN_WORLD = SimConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
            .withChannels(2000).withLiveShare(0.2).withFlapRate(0).withEventRatePerChannel(0);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<AutoCloseable> opened = new ArrayList<>();

    private TwitchSimulator simulator(SimConfig config) {
        TwitchSimulator sim = TwitchSimulator.start(config);
        opened.add(sim);
        return sim;
    }

    private HelixClient client(TwitchSimulator sim, RetryPolicy retry) {
        RateBudget budget = InMemoryRateBudget.create(BudgetSettings.defaults(TwitchConfig.DEFAULT_CLIENT_ID),
                meters, Clock.systemUTC());
        opened.add(budget);
        return HelixClient.builder(TwitchConfig.of(sim.helixUrl(), sim.authUrl(), TwitchConfig.DEFAULT_CLIENT_ID,
                TwitchConfig.DEFAULT_CLIENT_SECRET)).budget(budget).meterRegistry(meters).retryPolicy(retry).build();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void sweepsEveryLiveStreamThenRefreshesThemInBatchesOfOneHundred() {
        // Given a frozen world of about 400 live streams
        TwitchSimulator sim = simulator(FROZEN_WORLD);
        HelixClient helix = client(sim, RetryPolicy.defaults());
        Set<String> live = sim.groundTruth().liveSessions().stream().map(SessionRecord::broadcasterId)
                .collect(Collectors.toSet());
        // When sweeping page by page
        List<String> swept = new ArrayList<>();
        HelixPage<HelixStream> page = helix.getStreams(StreamsQuery.sweep()).join();
        swept.addAll(page.data().stream().map(HelixStream::userId).toList());
        while (page.cursor() != null) {
            page = helix.getStreams(StreamsQuery.sweep().withAfter(page.cursor())).join();
            swept.addAll(page.data().stream().map(HelixStream::userId).toList());
        }
        // Then the sweep saw exactly the live channels
        assertThat(new HashSet<>(swept)).isEqualTo(live);
        // When refreshing them by id, 100 per call
        List<HelixStream> refreshed = new ArrayList<>();
        for (int from = 0; from < swept.size(); from += 100) {
            List<String> batch = swept.subList(from, Math.min(from + 100, swept.size()));
            refreshed.addAll(helix.getStreams(StreamsQuery.byUserIds(batch)).join().data());
        }
        // Then every stream comes back, with one app token for all calls and full batches
        assertThat(refreshed.stream().map(HelixStream::userId).collect(Collectors.toSet())).isEqualTo(live);
        DistributionSummary idsPerCall = meters.get("twitch.helix.ids.per.call").tag("endpoint", "streams").summary();
        assertThat(List.of(idsPerCall.count(), (long) idsPerCall.max(), (long) idsPerCall.totalAmount()))
                .isEqualTo(List.of((swept.size() + 99L) / 100, 100L, (long) swept.size()));
        assertThat(fetches("success")).isEqualTo(1.0);
    }

    @Test
    void anExpiredAppTokenIsReplacedOnceAndTheCallSucceeds() {
        TwitchSimulator sim = simulator(FROZEN_WORLD);
        HelixClient helix = client(sim, RetryPolicy.defaults());
        helix.getTopGames(PageRequest.of(5)).join();

        int expired = sim.control().expireAppTokens();
        List<CompletableFuture<HelixPage<HelixGame>>> afterExpiry = IntStream.range(0, 5)
                .mapToObj(i -> helix.getTopGames(PageRequest.of(5))).toList();
        CompletableFuture.allOf(afterExpiry.toArray(CompletableFuture[]::new)).join();

        assertThat(expired).isEqualTo(1);
        assertThat(afterExpiry).allSatisfy(f -> assertThat(f.join().data()).hasSize(5));
        assertThat(fetches("success")).isEqualTo(2.0);
        assertThat(simStats(sim).path("unauthorized_401").asLong()).isBetween(1L, 5L);
    }

    @Test
    void after429sEverybodyWaitsForRatelimitResetThenSucceeds() {
        // Given Twitch allows 30 points per minute and the client's budget wrongly believes in 800
        TwitchSimulator sim = simulator(FROZEN_WORLD.withRateLimitPerMinute(30));
        HelixClient helix = client(sim, RetryPolicy.defaults());
        long started = System.nanoTime();
        // When 40 requests go out at once
        List<CompletableFuture<HelixPage<HelixGame>>> calls = IntStream.range(0, 40)
                .mapToObj(i -> helix.getTopGames(PageRequest.of(1))).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        // Then the ten over the limit got 429, waited for the reset (the bucket refills in a minute), and succeeded
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long sim429 = simStats(sim).path("rate_limited_429").asLong();
        assertThat(calls).allSatisfy(f -> assertThat(f.join().data()).hasSize(1));
        assertThat(sim429).isBetween(1L, 10L);
        assertThat(meters.get("twitch.helix.429").counter().count()).isEqualTo((double) sim429);
        assertThat(meters.get("twitch.budget.blocks").counter().count()).isGreaterThanOrEqualTo(1.0);
        assertThat(elapsed).isGreaterThan(Duration.ofSeconds(45));
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        // Given a quarter of Helix answers are injected 503/500s
        TwitchSimulator sim = simulator(FROZEN_WORLD.withFault5xxRate(0.25));
        HelixClient helix = client(sim, new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(400), 3));
        // When 40 calls are made
        List<CompletableFuture<HelixPage<HelixGame>>> calls = IntStream.range(0, 40)
                .mapToObj(i -> helix.getTopGames(PageRequest.of(2))).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        // Then retries hide most of them; what fails is a typed server error; every 5xx Twitch sent was seen
        List<Throwable> failures = calls.stream().filter(CompletableFuture::isCompletedExceptionally)
                .map(f -> f.handle((v, e) -> e).join()).toList();
        assertThat(failures.size()).isLessThanOrEqualTo(8);
        assertThat(failures).allSatisfy(e -> assertThat(HelixException.from(e)).get()
                .isInstanceOf(HelixException.ServerError.class));
        double seen5xx = meters.find("twitch.helix.calls").tag("endpoint", "games/top").counters().stream()
                .filter(c -> c.getId().getTag("status").startsWith("5")).mapToDouble(Counter::count).sum();
        assertThat(seen5xx).isEqualTo(simStats(sim).path("injected_5xx").asDouble()).isPositive();
        assertThat(meters.find("twitch.helix.retries").counters().stream().mapToDouble(Counter::count).sum())
                .isGreaterThanOrEqualTo(seen5xx - failures.size());
    }

    private double fetches(String outcome) {
        return meters.get("twitch.auth.app_token.fetches").tag("outcome", outcome).counter().count();
    }

    private static JsonNode simStats(TwitchSimulator sim) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + "/admin/stats")).build(), HttpResponse.BodyHandlers.ofString());
            return TwitchJson.mapper().readTree(response.body()).path("helix");
        } catch (Exception e) {
            throw new IllegalStateException("simulator stats unavailable", e);
        }
    }
}
