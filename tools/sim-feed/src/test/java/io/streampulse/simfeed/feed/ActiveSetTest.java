package io.streampulse.simfeed.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActiveSetTest {

    private static final Instant T = Instant.parse("2026-03-02T12:00:00Z");
    private static final Duration DROP = Duration.ofMinutes(5);

    @Test
    void aChannelJoinsOnceAndIsListedInIdOrder() {
        // Given an empty set
        ActiveSet active = new ActiveSet();

        // When sweeps add channels, one of them twice
        boolean first = active.add("300");
        boolean again = active.add("300");
        active.add("100");

        // Then each joins once, listed by id
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(active.ids()).containsExactly("100", "300");
    }

    @Test
    void anAbsentChannelIsKeptUntilItWasAbsentForTheDropTimeSinceItsFirstAbsence() {
        // Given a channel observed LIVE, then ABSENT at +1 min and +2 min
        ActiveSet active = new ActiveSet();
        active.add("1");
        active.observed("1", true, T);
        active.observed("1", false, T.plusSeconds(60));
        active.observed("1", false, T.plusSeconds(120));

        // When the drop runs 4 minutes after the first absence, then 5 minutes after it
        int early = active.dropAbsent(T.plusSeconds(300), DROP);
        int late = active.dropAbsent(T.plusSeconds(360), DROP);

        // Then it stays the first time and goes the second
        assertThat(early).isZero();
        assertThat(late).isEqualTo(1);
        assertThat(active.ids()).isEmpty();
    }

    @Test
    void aLiveObservationEndsTheAbsence() {
        // Given a channel absent for four minutes that comes back (a new stream, or a long flap)
        ActiveSet active = new ActiveSet();
        active.add("1");
        active.observed("1", false, T);
        active.observed("1", true, T.plusSeconds(240));
        active.observed("1", false, T.plusSeconds(300));

        // When the drop runs 5 minutes after the first absence
        int dropped = active.dropAbsent(T.plusSeconds(300), DROP);

        // Then the absence counts from its latest start
        assertThat(dropped).isZero();
        assertThat(active.ids()).containsExactly("1");
    }

    @Test
    void observingAChannelThatIsNotActiveIsAnError() {
        ActiveSet active = new ActiveSet();

        assertThatThrownBy(() -> active.observed("9", true, T)).isInstanceOf(IllegalArgumentException.class);
    }
}
