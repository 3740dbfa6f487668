package io.streampulse.aggregator.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecomputationTest {

    private static final Duration GAP = Duration.ofMinutes(2);

    @Test
    void liveTimeIsCreditedToThePreviousObservationAFlapIsBridgedAndALongerAbsenceEndsTheStream() {
        // Given a channel: live at 13:58 and 13:59, one flap at 14:00, live at 14:01, then absent twice, then a new
        // stream at 14:05 and 14:06 in another game
        List<StreamObserved> observations = List.of(
            live("13:58", "s1", 10, "g1"), live("13:59", "s1", 20, "g1"), absent("14:00"),
            live("14:01", "s1", 30, "g1"),
            absent("14:02"), absent("14:03"), live("14:05", "s2", 40, "g2"), live("14:06", "s2", 50, "g2"),
            live("14:06", "s2", 99, "g2"));

        // When the statistics are recomputed (every stream started at 13:00, long before its first observation)
        Recomputation totals = Recomputation.of(observations, GAP);

        // Then s1's lead-in 13:56-13:58 (capped at 2 min) at 10, 13:58-13:59 at 10, half of 13:59-14:00 at 20 when
        // the flap shows, the rest of 13:59-14:01 when s1 is back (the flap bridged: 13:59-14:00 split off into its
        // hour), half of 14:01-14:02 at 30 (its tail), nothing more (absent beyond the gap); s2's lead-in 14:03-14:05
        // at 40 (2 min capped, after the last ABSENT), 14:05-14:06 at 40; and the duplicate counts not
        String day = "c1|2026-03-02";
        assertThat(totals.channelDays.get(day)).containsExactly(510_000L, (20 + 10 + 10 + 10 + 20 + 15 + 80 + 40) * 60_000L);
        assertThat(totals.gameHours.get("g1|2026-03-02T13:00:00Z")).containsExactly(240_000L, (20 + 10 + 10 + 10) * 60_000L);
        assertThat(totals.gameHours.get("g1|2026-03-02T14:00:00Z")).containsExactly(90_000L, (20 + 15) * 60_000L);
        assertThat(totals.gameHours.get("g2|2026-03-02T14:00:00Z")).containsExactly(180_000L, 120 * 60_000L);
        // And tags count once per stream, normalised
        assertThat(totals.tagDays.keySet()).containsExactlyInAnyOrder("english|2026-03-02", "fps|2026-03-02");
        assertThat(totals.tagDays.get("fps|2026-03-02")).containsExactly(510_000L, 205 * 60_000L);
    }

    @Test
    void agreementCountsKeysMissingOnEitherSideAndTheWorstOne() {
        // Given values that match the reference but for one key off by 1 % and one key missing
        Map<String, Double> values = Map.of("a", 100.0, "b", 99.0);
        Map<String, Double> reference = Map.of("a", 100.0, "b", 100.0, "c", 5.0);

        // When they are compared at 2 %
        Agreement agreement = Agreement.of("test", values, reference, 0.02);

        // Then a is exact, b within, c is a 100 % error
        assertThat(agreement.keys()).isEqualTo(3);
        assertThat(agreement.exact()).isEqualTo(1);
        assertThat(agreement.withinTolerance()).isEqualTo(2);
        assertThat(agreement.allWithinTolerance()).isFalse();
        assertThat(agreement.max()).isEqualTo(1.0);
        assertThat(agreement.worstKey()).startsWith("c ");
        assertThat(agreement.totalError()).isCloseTo((199.0 - 205) / 205, within(1e-12));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }

    private static StreamObserved live(String time, String streamId, int viewers, String game) {
        StreamState state = new StreamState(streamId, "c1", "login1", "Name 1", game, "Game " + game, "title",
            List.of("English", " FPS", "english"), viewers, at("13:00"), "en", "live", "");
        return StreamObserved.live("id-" + time + streamId + viewers, at(time), state);
    }

    private static StreamObserved absent(String time) {
        return StreamObserved.absent("id-" + time, at(time), "c1");
    }
}
