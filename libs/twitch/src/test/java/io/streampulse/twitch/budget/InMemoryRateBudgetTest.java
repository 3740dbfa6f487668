package io.streampulse.twitch.budget;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class InMemoryRateBudgetTest {

    /** 600 points/min = 10 points/s = one point per 100 ms of the test clock. */
    private static final BudgetSettings TEN_PER_SECOND = BudgetSettings.defaults("client-a").withLimitPerMinute(600)
            .withDiscoveryReserve(0).withInFlightAllowance(0).withMaxSleep(Duration.ofMillis(20));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RateBudget budget;

    private RateBudget budget(BudgetSettings settings) {
        budget = InMemoryRateBudget.create(settings, meters, clock);
        return budget;
    }

    @AfterEach
    void close() {
        budget.close();
    }

    @Test
    void grantsWhileTokensLastThenWaitsForTheRefill() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(5));
        // Given five points, When five are taken they come at once
        IntStream.range(0, 5).forEach(i -> b.acquire(1, Priority.REFRESH).join());
        // Then the sixth waits until the clock has refilled one point
        CompletableFuture<Void> sixth = b.acquire(1, Priority.REFRESH);
        stillWaiting(sixth);
        clock.advance(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(2)).until(sixth::isDone);
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(0.0, 600, 0));
        assertThat(List.of(count("twitch.budget.points", "refresh"), count("twitch.budget.waits", "refresh")))
                .isEqualTo(List.of(6.0, 1.0));
    }

    @Test
    void theInFlightAllowanceStaysOutOfTheBucket() {
        // Given 600/min with 60 points kept for requests in flight
        RateBudget b = budget(TEN_PER_SECOND.withInFlightAllowance(60).withInitialTokens(600));
        // When idle for a long time, Then the bucket holds 540, not 600, and refills at the full 10 points/s
        clock.advance(Duration.ofMinutes(5));
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(540.0, 600, 0));
        b.acquire(540, Priority.REFRESH).join();
        CompletableFuture<Void> next = b.acquire(10, Priority.REFRESH);
        stillWaiting(next);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(2)).until(next::isDone);
        // And when Twitch reports a limit of 60, the allowance shrinks with it (6): the bucket holds 54
        b.observe(new RateLimitHeaders(60, 60, clock.instant())).join();
        clock.advance(Duration.ofMinutes(5));
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(54.0, 60, 0));
    }

    @Test
    void refreshMayUseTheReserveThatDiscoveryMustLeave() {
        RateBudget b = budget(TEN_PER_SECOND.withDiscoveryReserve(10).withInitialTokens(12));
        // Given 12 points and a reserve of 10: discovery gets 2
        b.acquire(2, Priority.DISCOVERY).join();
        CompletableFuture<Void> discovery = b.acquire(1, Priority.DISCOVERY);
        // When refresh asks while discovery waits, refresh is served from the reserve at once
        b.acquire(5, Priority.REFRESH).join();
        stillWaiting(discovery);
        assertThat(b.snapshot().join().tokens()).isEqualTo(5.0);
        // Then discovery proceeds once the bucket climbs above the reserve again (5 + 6 refilled = 11)
        clock.advance(Duration.ofMillis(500));
        stillWaiting(discovery);
        clock.advance(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(2)).until(discovery::isDone);
        assertThat(b.snapshot().join().tokens()).isEqualTo(10.0);
    }

    @Test
    void refreshWaitersAreServedBeforeEarlierDiscoveryWaiters() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(0));
        CompletableFuture<Void> discovery = b.acquire(1, Priority.DISCOVERY);
        CompletableFuture<Void> refresh = b.acquire(1, Priority.REFRESH);

        clock.advance(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(2)).until(refresh::isDone);
        stillWaiting(discovery);
        clock.advance(Duration.ofMillis(100));

        await().atMost(Duration.ofSeconds(2)).until(discovery::isDone);
    }

    @Test
    void discoveryThatWaitedTooLongIsServedLikeRefresh() {
        // Given discovery can never clear a reserve of 50 on a frozen clock
        RateBudget b = budget(TEN_PER_SECOND.withDiscoveryReserve(50).withInitialTokens(10)
                .withDiscoveryMaxWait(Duration.ofMillis(400)));
        CompletableFuture<Void> discovery = b.acquire(1, Priority.DISCOVERY);
        // When it has waited discoveryMaxWait, Then it takes a point below the reserve (no starvation)
        stillWaiting(discovery);
        await().atMost(Duration.ofSeconds(3)).until(discovery::isDone);
        assertThat(b.snapshot().join().tokens()).isEqualTo(9.0);
    }

    @Test
    void neitherPriorityStarvesWhenRefreshUsesHalfTheRefill() {
        // Given a real clock, 100 points/s, a reserve of 20, and refresh asking 50 points/s for 2 s
        budget = InMemoryRateBudget.create(BudgetSettings.defaults("client-a").withLimitPerMinute(6000)
                .withDiscoveryReserve(20).withInitialTokens(0).withMaxSleep(Duration.ofMillis(20)), meters,
                Clock.systemUTC());
        List<CompletableFuture<Void>> discovery = IntStream.range(0, 400)
                .mapToObj(i -> budget.acquire(1, Priority.DISCOVERY)).toList();
        long started = System.nanoTime();
        List<CompletableFuture<Void>> refresh = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long dueNanos = started + i * 20_000_000L;
            await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> System.nanoTime() >= dueNanos);
            refresh.add(budget.acquire(1, Priority.REFRESH));
        }
        CompletableFuture.allOf(refresh.toArray(CompletableFuture[]::new)).join();
        // Then every refresh request was served promptly and discovery got the unused half
        long discoveryGranted = discovery.stream().filter(CompletableFuture::isDone).count();
        assertThat(meters.get("twitch.budget.wait.time").tag("priority", "refresh").timer()
                .max(java.util.concurrent.TimeUnit.MILLISECONDS)).isLessThan(500.0);
        assertThat(discoveryGranted).isBetween(40L, 200L);
    }

    @Test
    void blockUntilResetStopsEveryoneUntilThen() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(600));
        b.blockUntil(clock.instant().plusSeconds(5)).join();

        CompletableFuture<Void> refresh = b.acquire(1, Priority.REFRESH);
        stillWaiting(refresh);
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(0.0, 600, 5000));
        clock.advance(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(2)).until(refresh::isDone);
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(49.0, 600, 0));
    }

    @Test
    void twitchHeadersOnlyEverLowerTheLocalViewAndSetTheLimit() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(300));

        b.observe(new RateLimitHeaders(1200, 3, clock.instant().plusSeconds(60))).join();
        BudgetSnapshot corrected = b.snapshot().join();
        b.observe(new RateLimitHeaders(1200, 500, clock.instant().plusSeconds(30))).join();

        assertThat(List.of(corrected, b.snapshot().join()))
                .isEqualTo(List.of(new BudgetSnapshot(3.0, 1200, 0), new BudgetSnapshot(3.0, 1200, 0)));
    }

    @Test
    void aWithdrawnRequestDoesNotTakePoints() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(0));
        CompletableFuture<Void> withdrawn = b.acquire(1, Priority.REFRESH);
        withdrawn.cancel(false);
        CompletableFuture<Void> next = b.acquire(1, Priority.REFRESH);

        clock.advance(Duration.ofMillis(100));

        await().atMost(Duration.ofSeconds(2)).until(next::isDone);
        assertThat(b.snapshot().join().tokens()).isEqualTo(0.0);
    }

    @Test
    void refusesImpossibleRequestsAndFailsPendingOnesOnClose() {
        RateBudget b = budget(TEN_PER_SECOND.withInitialTokens(0));
        CompletableFuture<Void> pending = b.acquire(1, Priority.DISCOVERY);

        assertThatThrownBy(() -> b.acquire(0, Priority.REFRESH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.acquire(601, Priority.REFRESH)).isInstanceOf(IllegalArgumentException.class);
        b.close();
        assertThat(pending).isCompletedExceptionally();
    }

    private static void stillWaiting(CompletableFuture<Void> future) {
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> !future.isDone());
    }

    private double count(String name, String priority) {
        return meters.get(name).tag("priority", priority).counter().count();
    }
}
