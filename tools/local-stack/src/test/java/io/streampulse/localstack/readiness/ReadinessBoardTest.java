package io.streampulse.localstack.readiness;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessBoardTest {

    private final ReadinessBoard board = new ReadinessBoard(List.of("twitch-sim", "api", "ingest", "refresh"));

    @Test
    void atFirstEveryoneIsWaiting() {
        assertThat(board.progressLine()).isEqualTo("ready 0/4; waiting: twitch-sim, api, ingest, refresh");
        assertThat(board.allReady()).isFalse();
    }

    @Test
    void reportsWhoIsReadyInTheOrderTheyBecameReadyWithTheirTime() {
        // When two become ready
        boolean first = board.markReady("ingest", Duration.ofMillis(41_040));
        board.markReady("twitch-sim", Duration.ofMillis(8_200));

        // Then the line lists them in that order and the rest as waiting, in catalogue order
        assertThat(first).isTrue();
        assertThat(board.progressLine())
                .isEqualTo("ready 2/4: ingest (41.0s), twitch-sim (8.2s); waiting: api, refresh");
        assertThat(board.waiting()).containsExactly("api", "refresh");
    }

    @Test
    void markingReadyTwiceChangesNothing() {
        board.markReady("api", Duration.ofSeconds(40));

        assertThat(board.markReady("api", Duration.ofSeconds(45))).isFalse();
        assertThat(board.progressLine()).isEqualTo("ready 1/4: api (40.0s); waiting: twitch-sim, ingest, refresh");
    }

    @Test
    void whenAllAreReadyNoOneIsWaiting() {
        List.of("twitch-sim", "api", "ingest", "refresh").forEach(n -> board.markReady(n, Duration.ofSeconds(1)));

        assertThat(board.allReady()).isTrue();
        assertThat(board.progressLine())
                .isEqualTo("ready 4/4: twitch-sim (1.0s), api (1.0s), ingest (1.0s), refresh (1.0s)");
    }

    @Test
    void theTimeoutMessageNamesWhoWasNotReadyAndWhoDied() {
        // Given two ready, one dead, one still starting
        board.markReady("twitch-sim", Duration.ofSeconds(5));
        board.markReady("api", Duration.ofSeconds(60));
        board.markExited("ingest", 1);

        // When the timeout hits / Then every one not ready is named
        assertThat(board.timeoutMessage(Duration.ofSeconds(180))).isEqualTo(
                "not ready after 180 s: ingest (exited with code 1), refresh"
                        + " (ready 2/4: twitch-sim (5.0s), api (60.0s); waiting: ingest, refresh)");
        assertThat(board.exited()).containsExactly("ingest");
    }
}
