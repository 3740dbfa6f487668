package io.streampulse.archive.session;

import static io.streampulse.archive.session.Streams.T0;
import static io.streampulse.archive.session.Streams.absent;
import static io.streampulse.archive.session.Streams.at;
import static io.streampulse.archive.session.Streams.live;
import static io.streampulse.archive.session.Streams.offline;
import static io.streampulse.archive.session.Transition.Outcome.ABSENCE_NOTED;
import static io.streampulse.archive.session.Transition.Outcome.CONTINUED;
import static io.streampulse.archive.session.Transition.Outcome.ENDED;
import static io.streampulse.archive.session.Transition.Outcome.NOTHING_TO_DO;
import static io.streampulse.archive.session.Transition.Outcome.OPENED;
import static io.streampulse.archive.session.Transition.Outcome.STREAM_ALREADY_ENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep of a channel nobody observes any more: SessionTracker#unobserved. */
class UnobservedSessionTest {

    private final ScriptedChannel channel = new ScriptedChannel(SessionRules.DEFAULTS);

    @Test
    void aChannelLastObservedAtOrBeforeTheCutoffEndsAtItsLastLiveObservation() {
        // Given a stream observed live for two minutes, then never again
        channel.observe(live(0, "s1", 100), live(60, "s1", 300), live(120, "s1", 200));

        // When the sweep runs with a cutoff at the channel's last observation
        channel.sweep(at(120));

        // Then the session ends like an absence beyond the grace: ABSENT_GRACE at its last LIVE observation, with
        // no tail (no absence says when it ended)
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, CONTINUED, ENDED);
        assertThat(channel.closed()).containsExactly(new ClosedSession("s1", Streams.CHANNEL, "sandysanderman",
            "SandySanderman", T0, at(120), 120, 300, 225.0, 450,
            List.of(new GamePlayed("494131", "Game 494131", 120)), List.of("title"), List.of("English"), "en",
            EndReason.ABSENT_GRACE, 3));
        assertThat(channel.state().hasOpenSession()).isFalse();
        assertThat(channel.state().endedStreamIds()).containsExactly("s1");
    }

    @Test
    void anAbsentObservationAfterTheCutoffKeepsTheSessionOpen() {
        // Given a live stream whose latest observation, an ABSENT one, is after the cutoff
        channel.observe(live(0, "s1", 100), live(60, "s1", 100), absent(120));

        // When the sweep runs with a cutoff before that absence
        channel.sweep(at(119));

        // Then nothing happens: the channel is still observed (the absence grace decides)
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ABSENCE_NOTED, NOTHING_TO_DO);
        assertThat(channel.closed()).isEmpty();
        assertThat(channel.state().open().streamId()).isEqualTo("s1");
    }

    @Test
    void aChannelLastObservedAbsentEndsAtItsLastLiveObservationNotItsAbsence() {
        // Given a stream observed live, then absent once, then nothing
        channel.observe(live(0, "s1", 100), live(60, "s1", 100), absent(120));

        // When the sweep runs after that absence
        channel.sweep(at(720));

        // Then the session ends at its last LIVE observation
        assertThat(channel.closed()).extracting(ClosedSession::endedAt, ClosedSession::endReason)
            .containsExactly(tuple(at(60), EndReason.ABSENT_GRACE));
    }

    @Test
    void aChannelWithoutAnOpenSessionIsLeftAlone() {
        // Given a stream that ended with its offline event
        channel.observe(live(0, "s1", 100)).offline(offline(30));

        // When the sweep runs
        channel.sweep(at(600));

        // Then nothing more happens, and a late observation of that stream still does not reopen it
        channel.observe(live(700, "s1", 100));
        assertThat(channel.outcomes()).containsExactly(OPENED, ENDED, NOTHING_TO_DO, STREAM_ALREADY_ENDED);
        assertThat(channel.closed()).hasSize(1);
    }
}
