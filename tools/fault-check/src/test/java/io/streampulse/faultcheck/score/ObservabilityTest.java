package io.streampulse.faultcheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.faultcheck.sim.TruthSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final Duration NEEDED = Duration.ofSeconds(40);

    @Test
    void aBroadcastLongEnoughOutsideEveryFaultIsObservable() {
        // Given a fault from +100 s to +160 s
        Observability observability = new Observability(T0, T0.plusSeconds(600),
                List.of(new Interval(T0.plusSeconds(100), T0.plusSeconds(160))), NEEDED);

        // When / Then: 50 s before the fault is enough, 30 s before and 30 s after are not
        assertThat(observability.observable(session(50, 150))).isTrue();
        assertThat(observability.observable(session(70, 190))).isFalse();
        assertThat(observability.observable(session(110, 200))).isTrue();
    }

    @Test
    void onlyTheTimeAfterStartUpAndBeforeTheCutoffCounts() {
        // Given the stack ready at +60 s and the cutoff at +300 s
        Observability observability = new Observability(T0.plusSeconds(60), T0.plusSeconds(300), List.of(), NEEDED);

        // When / Then
        assertThat(observability.observable(session(0, 90))).as("30 s after start-up").isFalse();
        assertThat(observability.observable(session(0, 120))).as("60 s after start-up").isTrue();
        assertThat(observability.observable(session(280, 400))).as("20 s before the cutoff").isFalse();
        assertThat(observability.observable(live(200))).as("live, 100 s before the cutoff").isTrue();
    }

    @Test
    void overlappingFaultWindowsLeaveOnlyTheGapsBetweenThem() {
        // Given two overlapping windows and a later one
        Observability observability = new Observability(T0, T0.plusSeconds(1000), List.of(
                new Interval(T0.plusSeconds(100), T0.plusSeconds(200)),
                new Interval(T0.plusSeconds(150), T0.plusSeconds(250)),
                new Interval(T0.plusSeconds(280), T0.plusSeconds(400))), NEEDED);

        // When
        Duration clear = observability.longestClearStretch(T0.plusSeconds(90), T0.plusSeconds(420));

        // Then: 10 s before, 30 s between, 20 s after
        assertThat(clear).isEqualTo(Duration.ofSeconds(30));
    }

    static TruthSession session(long startSecond, long endSecond) {
        return new TruthSession("s" + startSecond + "-" + endSecond, "b1", "login", T0.plusSeconds(startSecond),
                Optional.of(T0.plusSeconds(endSecond)));
    }

    static TruthSession live(long startSecond) {
        return new TruthSession("s" + startSecond, "b1", "login", T0.plusSeconds(startSecond), Optional.empty());
    }
}
