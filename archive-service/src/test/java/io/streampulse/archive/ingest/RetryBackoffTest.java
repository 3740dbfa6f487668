package io.streampulse.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pause between attempts at a batch that keeps failing for a transient reason. */
class RetryBackoffTest {

    private static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void thePauseDoublesWithEachConsecutiveFailureUpToTheMaximum() {
        // Given a batch that fails again and again
        List<Duration> pauses = new ArrayList<>();

        // When each attempt fails
        for (int i = 0; i < 8; i++) {
            pauses.add(backoff.failed(T0.plusSeconds(100L * i)));
        }

        // Then the pauses grow exponentially and stop at the maximum
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofSeconds(30));
        assertThat(backoff.consecutiveFailures()).isEqualTo(8);
    }

    @Test
    void attemptsAreTurnedAwayUntilThePauseCountedFromTheFailureIsOver() {
        // Given two failures, the second at T0
        backoff.failed(T0.minusSeconds(10));
        backoff.failed(T0);

        // When the consumer asks to try again, Then it must wait the 2 s from T0
        assertThat(backoff.mayAttempt(T0.plusMillis(1999))).isFalse();
        assertThat(backoff.mayAttempt(T0.plusSeconds(2))).isTrue();
    }

    @Test
    void aSuccessStartsOver() {
        // Given three failures
        backoff.failed(T0);
        backoff.failed(T0);
        backoff.failed(T0);

        // When an attempt succeeds, and a later one fails again
        backoff.succeeded();
        boolean mayAttempt = backoff.mayAttempt(T0);
        Duration pause = backoff.failed(T0.plusSeconds(60));

        // Then nothing holds the consumer back and the next pause is the first again
        assertThat(mayAttempt).isTrue();
        assertThat(pause).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aMaximumBelowTheFirstPauseIsRefused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
