package io.streampulse.twitch.budget;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two separate JVMs with one client id and one Redis budget, asking as much as they can for 30 s against a
 * simulator that allows 120 points per minute: Twitch must never answer 429, and the pair must still use
 * most of what the bucket allows (120 at start + 2 per second).
 */
class SharedBudgetIT {

    private static final int LIMIT = 120;
    private static final Duration RUN = Duration.ofSeconds(30);

    @Test
    void twoProcessesStayWithinTheSharedLimitWithoutA429() {
        // Given two worker processes sharing the budget, When both ask as fast as they can for 30 s
        SharedBudgetRun.Result result = SharedBudgetRun.run(LIMIT, RUN, 2, 6, System.out::println);
        System.out.println("shared budget IT: " + result);
        // Then Twitch never said 429 and neither worker saw one
        assertThat(result.simRateLimited()).isZero();
        assertThat(result.workers()).allSatisfy(w -> assertThat(w.rateLimited()).isZero());
        assertThat(result.workers()).allSatisfy(w -> assertThat(w.failures()).isZero());
        // And together they used at most what the bucket allows while anyone ran (the workers start a second
        // or two apart), and most of what it allows in the 30 s both ran
        long atMost = LIMIT + result.elapsed().toSeconds() * LIMIT / 60;
        long bothRunning = LIMIT + RUN.toSeconds() * LIMIT / 60;
        assertThat(result.simPoints()).isLessThanOrEqualTo(atMost).isGreaterThan(bothRunning * 8 / 10);
        // And both processes and both priorities made progress
        assertThat(result.workers()).hasSize(2).allSatisfy(w -> {
            assertThat(w.refresh()).isPositive();
            assertThat(w.discovery()).isPositive();
        });
    }
}
