package io.streampulse.archive.session;

import static io.streampulse.archive.session.Streams.T0;
import static io.streampulse.archive.session.Streams.absent;
import static io.streampulse.archive.session.Streams.at;
import static io.streampulse.archive.session.Streams.live;
import static io.streampulse.archive.session.Streams.offline;
import static io.streampulse.archive.session.Streams.online;
import static io.streampulse.archive.session.Streams.state;
import static io.streampulse.archive.session.Transition.Outcome.ABSENCE_NOTED;
import static io.streampulse.archive.session.Transition.Outcome.CONTINUED;
import static io.streampulse.archive.session.Transition.Outcome.ENDED;
import static io.streampulse.archive.session.Transition.Outcome.ENDED_AND_OPENED;
import static io.streampulse.archive.session.Transition.Outcome.NOTHING_TO_DO;
import static io.streampulse.archive.session.Transition.Outcome.OPENED;
import static io.streampulse.archive.session.Transition.Outcome.STALE;
import static io.streampulse.archive.session.Transition.Outcome.STREAM_ALREADY_ENDED;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End detection over scripted observation sequences of one channel (refresh every 60 s, default rules). */
class SessionTrackerTest {

    private final ScriptedChannel channel = new ScriptedChannel(SessionRules.DEFAULTS);

    @Test
    void oneAbsenceBetweenLiveObservationsContinuesTheSession() {
        // Given a stream that flaps (absent once) while live
        channel.observe(live(0, "s1", 100), live(60, "s1", 200), absent(120), live(180, "s1", 300));

        // When the offline event arrives
        channel.offline(offline(200));

        // Then it was one session, ended by the offline event at its time (viewer-minutes: 150 for a minute, 250 for
        // the two across the flap, 300 for the 20 s to the offline event)
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ABSENCE_NOTED, CONTINUED, ENDED);
        assertThat(channel.closed()).containsExactly(new ClosedSession("s1", Streams.CHANNEL, "sandysanderman",
            "SandySanderman", T0, at(200), 200, 300, 225.0, 750, List.of(new GamePlayed("494131", "Game 494131", 200)),
            List.of("title"), List.of("English"), "en", EndReason.OFFLINE_EVENT, 3));
    }

    @Test
    void twoAbsencesSpanningLessThanTheGraceDoNotEndTheSession() {
        // Given a live stream
        channel.observe(live(0, "s1", 100), live(60, "s1", 100));

        // When it is absent twice, one minute apart
        channel.observe(absent(120), absent(180));

        // Then the session is still open, counting its absences
        assertThat(channel.closed()).isEmpty();
        assertThat(channel.state().open().streamId()).isEqualTo("s1");
        assertThat(channel.state().open().absentCount()).isEqualTo(2);
        assertThat(channel.state().open().absentSince()).isEqualTo(at(120));
    }

    @Test
    void absencesSpanningTheGraceEndTheSessionAtTheLastLiveObservation() {
        // Given a live stream, then absent twice, two minutes apart
        channel.observe(live(0, "s1", 100), live(60, "s1", 100), absent(120));

        // When the second absence arrives two minutes after the first
        channel.observe(absent(240));

        // Then the session ends at its last LIVE observation, not when the end was noticed (its viewer-minutes count
        // half of the minute to the first absence)
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ABSENCE_NOTED, ENDED);
        assertThat(channel.closed()).containsExactly(new ClosedSession("s1", Streams.CHANNEL, "sandysanderman",
            "SandySanderman", T0, at(60), 60, 100, 100.0, 150, List.of(new GamePlayed("494131", "Game 494131", 60)),
            List.of("title"), List.of("English"), "en", EndReason.ABSENT_GRACE, 2));
        assertThat(channel.state().hasOpenSession()).isFalse();
    }

    @Test
    void aThirdAbsenceEndsASessionWhoseFirstTwoSpannedTooLittle() {
        // Given two absences one minute apart
        channel.observe(live(0, "s1", 100), live(60, "s1", 100), absent(120), absent(180));

        // When a third comes two minutes after the first
        channel.observe(absent(240));

        // Then the session ends, still at the last LIVE observation
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ABSENCE_NOTED, ABSENCE_NOTED, ENDED);
        assertThat(channel.closed()).extracting(ClosedSession::endedAt, ClosedSession::endReason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(at(60), EndReason.ABSENT_GRACE));
    }

    @Test
    void aNewStreamIdEndsTheOldSessionAndOpensTheNewOne() {
        // Given a live stream s1
        channel.observe(live(0, "s1", 100), live(60, "s1", 100));

        // When the channel is observed live with a new stream id
        channel.observe(live(120, state("s2", 50, "509658", "again", at(110))));

        // Then s1 ended at its last LIVE observation with NEW_STREAM (its viewer-minutes count half of the 50 s to
        // the new stream's start), and s2 is open
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ENDED_AND_OPENED);
        assertThat(channel.closed()).containsExactly(new ClosedSession("s1", Streams.CHANNEL, "sandysanderman",
            "SandySanderman", T0, at(60), 60, 100, 100.0, 142, List.of(new GamePlayed("494131", "Game 494131", 60)),
            List.of("title"), List.of("English"), "en", EndReason.NEW_STREAM, 2));
        assertThat(channel.state().open().streamId()).isEqualTo("s2");
        assertThat(channel.state().open().startedAt()).isEqualTo(at(110));
        assertThat(channel.state().endedStreamIds()).containsExactly("s1");
    }

    @Test
    void streamOnlineWithANewStreamIdEndsTheOpenSession() {
        // Given a live stream s1
        channel.observe(live(0, "s1", 100), live(60, "s1", 100));

        // When EventSub says the channel went online with s2, then s2 is observed
        channel.online(online(100, "s2"));
        channel.observe(live(120, state("s2", 50, "494131", "title", at(100))));

        // Then s1 ended at its last LIVE observation and s2 opened
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ENDED, OPENED);
        assertThat(channel.closed()).extracting(ClosedSession::streamId, ClosedSession::endedAt, ClosedSession::endReason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", at(60), EndReason.NEW_STREAM));
        assertThat(channel.state().open().streamId()).isEqualTo("s2");
    }

    @Test
    void duplicateAndOutOfOrderObservationsChangeNothing() {
        // Given a live stream
        channel.observe(live(0, "s1", 100), live(60, "s1", 200));
        ChannelState before = channel.state();

        // When an observation is delivered again, and older ones arrive late
        channel.observe(live(60, "s1", 200), live(30, "s1", 999), absent(30), absent(60));

        // Then they are stale and the state is the same
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, STALE, STALE, STALE, STALE);
        assertThat(channel.state()).isEqualTo(before);
    }

    @Test
    void recordsAfterTheEndNeitherReopenNorEndAgain() {
        // Given a session ended by stream.offline
        channel.observe(live(0, "s1", 100), live(60, "s1", 100)).offline(offline(90));

        // When the offline event is delivered again, and Helix still reports the stream (it lags), and it is absent
        channel.offline(offline(90)).observe(live(120, "s1", 100), absent(180), absent(300));
        channel.online(online(80, "s1"));

        // Then nothing more happens: one session, ended once
        assertThat(channel.outcomes()).containsExactly(OPENED, CONTINUED, ENDED, NOTHING_TO_DO, STREAM_ALREADY_ENDED,
            NOTHING_TO_DO, NOTHING_TO_DO, STREAM_ALREADY_ENDED);
        assertThat(channel.closed()).extracting(ClosedSession::endedAt).containsExactly(at(90));
        assertThat(channel.state().hasOpenSession()).isFalse();
    }

    @Test
    void anOfflineEventOlderThanTheOpenStreamIsStale() {
        // Given a stream that started at T0
        channel.observe(live(0, "s1", 100));

        // When the offline event of an earlier stream arrives late
        channel.offline(offline(-30));

        // Then the session stays open
        assertThat(channel.outcomes()).containsExactly(OPENED, STALE);
        assertThat(channel.state().open().streamId()).isEqualTo("s1");
    }
}
