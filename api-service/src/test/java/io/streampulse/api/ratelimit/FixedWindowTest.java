package io.streampulse.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowTest {

    private final FixedWindow window = new FixedWindow(Duration.ofMinutes(1));
    private final long at = Instant.parse("2025-05-01T12:00:15Z").toEpochMilli();

    @Test
    void allowsUpToTheLimitAndRefusesTheNext() {
        // Given a limit of 3 per minute, 15 s into a window
        // When the 1st, 3rd and 4th requests are decided
        FixedWindow.Decision first = window.decide(1, 3, at);
        FixedWindow.Decision third = window.decide(3, 3, at);
        FixedWindow.Decision fourth = window.decide(4, 3, at);

        // Then the first three pass, counting down, and the fourth waits for the window's end (45 s)
        assertThat(first).isEqualTo(new FixedWindow.Decision(true, true, 3, 2, 45));
        assertThat(third).isEqualTo(new FixedWindow.Decision(true, true, 3, 0, 45));
        assertThat(fourth).isEqualTo(new FixedWindow.Decision(false, true, 3, 0, 45));
    }

    @Test
    void windowsAreAlignedSoReplicasShareACounter() {
        // Given two instants of the same minute and one of the next
        long sameMinute = Instant.parse("2025-05-01T12:00:59.999Z").toEpochMilli();
        long nextMinute = Instant.parse("2025-05-01T12:01:00Z").toEpochMilli();

        // When their counters are named
        // Then the same minute shares one counter and the next minute starts another
        assertThat(window.counterKey("ip:1.2.3.4", at)).isEqualTo(window.counterKey("ip:1.2.3.4", sameMinute));
        assertThat(window.counterKey("ip:1.2.3.4", nextMinute)).isNotEqualTo(window.counterKey("ip:1.2.3.4", at));
        assertThat(window.counterKey("ip:5.6.7.8", at)).isNotEqualTo(window.counterKey("ip:1.2.3.4", at));
    }

    @Test
    void resetIsAtLeastOneSecondAndCountersOutliveTheirWindow() {
        long lastMillisecond = Instant.parse("2025-05-01T12:00:59.999Z").toEpochMilli();
        assertThat(window.decide(1, 3, lastMillisecond).resetSeconds()).isEqualTo(1);
        assertThat(window.counterTtl()).isGreaterThan(Duration.ofMinutes(1));
        assertThatThrownBy(() -> new FixedWindow(Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
