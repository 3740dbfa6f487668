package io.streampulse.twitch.budget;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The Lua bucket against a real Redis: two budgets with their own connections act as two processes. */
class RedisRateBudgetIT {

    private final String prefix = TestNames.unique("budget") + ":";
    private final List<AutoCloseable> opened = new ArrayList<>();

    private BudgetSettings settings(int limit, int initial, int reserve) {
        return BudgetSettings.defaults("client-it").withLimitPerMinute(limit).withInitialTokens(initial)
                .withDiscoveryReserve(reserve).withKeyPrefix(prefix).withMaxSleep(Duration.ofMillis(50))
                .withInFlightAllowance(0);
    }

    private RateBudget process(BudgetSettings settings) {
        RateBudget budget = RedisRateBudget.create(TestRedis.uri(), settings, new SimpleMeterRegistry());
        opened.add(budget);
        return budget;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void twoProcessesShareOneBucket() {
        // Given a bucket of 5 points refilling 1 point per second, seen by two processes
        RateBudget a = process(settings(60, 5, 0));
        RateBudget b = process(settings(60, 5, 0));
        // When A takes 3 and B takes 2
        a.acquire(3, Priority.REFRESH).join();
        b.acquire(2, Priority.REFRESH).join();
        // Then the bucket is empty for both: A's next point waits for the refill
        long started = System.nanoTime();
        a.acquire(1, Priority.REFRESH).join();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(700));
        assertThat(b.snapshot().join().tokens()).isLessThan(0.5);
    }

    @Test
    void discoveryLeavesTheReserveToRefreshAcrossProcesses() {
        RateBudget discoveryProcess = process(settings(60, 12, 10));
        RateBudget refreshProcess = process(settings(60, 12, 10));

        discoveryProcess.acquire(2, Priority.DISCOVERY).join();
        CompletableFuture<Void> blocked = discoveryProcess.acquire(1, Priority.DISCOVERY);
        refreshProcess.acquire(5, Priority.REFRESH).join();

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> !blocked.isDone());
        assertThat(refreshProcess.snapshot().join().tokens()).isCloseTo(5.5, within(1.0));
    }

    @Test
    void a429BlockSeenByOneProcessHoldsTheOther() {
        RateBudget a = process(settings(600, 600, 0));
        RateBudget b = process(settings(600, 600, 0));

        a.blockUntil(Instant.now().plusMillis(1500)).join();
        long started = System.nanoTime();
        b.acquire(1, Priority.REFRESH).join();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1200));
    }

    @Test
    void headersCorrectTheSharedViewAndAdoptTwitchsLimit() {
        RateBudget a = process(settings(800, 800, 0));
        RateBudget b = process(settings(800, 800, 0));

        a.observe(new RateLimitHeaders(120, 4, Instant.now().plusSeconds(60))).join();
        BudgetSnapshot seenByB = b.snapshot().join();

        assertThat(seenByB.limit()).isEqualTo(120);
        assertThat(seenByB.tokens()).isCloseTo(4.0, within(0.5));
    }

    @Test
    void aBucketHoldsTheLimitMinusTheInFlightAllowance() {
        RateBudget a = process(settings(600, 600, 0).withInFlightAllowance(60));
        RateBudget b = process(settings(600, 600, 0).withInFlightAllowance(60));

        a.acquire(100, Priority.REFRESH).join();
        double afterTake = b.snapshot().join().tokens();
        a.observe(new RateLimitHeaders(300, 299, Instant.now().plusSeconds(1))).join();

        assertThat(afterTake).isCloseTo(440.0, within(1.0));
        // Twitch's limit is half the configured one: so is the allowance (30), capacity 270
        assertThat(b.snapshot().join()).isEqualTo(new BudgetSnapshot(270.0, 300, 0));
    }

    @Test
    void survivesAScriptCacheFlush() {
        RateBudget a = process(settings(600, 600, 0));
        a.acquire(1, Priority.REFRESH).join();
        try (RedisClient client = RedisClient.create(TestRedis.uri());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().scriptFlush();
            a.acquire(1, Priority.REFRESH).join();
            Map<String, String> bucket = connection.sync().hgetall(prefix + "client-it");
            assertThat(bucket.keySet()).containsExactlyInAnyOrder("tokens", "ts", "blocked_until");
            assertThat(Double.parseDouble(bucket.get("tokens"))).isCloseTo(598.0, within(1.0));
        }
    }
}
