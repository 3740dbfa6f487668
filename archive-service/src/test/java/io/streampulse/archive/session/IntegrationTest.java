package io.streampulse.archive.session;

import static io.streampulse.archive.session.Streams.T0;
import static io.streampulse.archive.session.Streams.absent;
import static io.streampulse.archive.session.Streams.at;
import static io.streampulse.archive.session.Streams.live;
import static io.streampulse.archive.session.Streams.offline;
import static io.streampulse.archive.session.Streams.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.stream.GamePlayed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Viewer-minutes integrated over LIVE observations (lead-in, trapezoids, tail) with the cap, and time per category. */
class IntegrationTest {

    private final ScriptedChannel channel = new ScriptedChannel(SessionRules.DEFAULTS);

    @Test
    void twoObservationsCountTheMeanOfTheirViewersForTheTimeBetweenThem() {
        // Given observations every minute with 100, 200, 300 viewers of a stream that started at the first one
        channel.observe(live(0, "s1", 100), live(60, "s1", 200), live(120, "s1", 300));

        // When the stream ends at its last observation
        channel.offline(offline(120));

        // Then 150 viewers for a minute and 250 for a minute: 400 viewer-minutes, 200 on average, peak 300
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.viewerMinutes(), session.averageViewers(), session.peakViewers()))
            .containsExactly(400L, 200.0, 300);
    }

    @Test
    void theTimeFromTheStartToTheFirstObservationCountsAtItsViewers() {
        // Given a stream that started 30 s before its first observation
        channel.observe(live(0, state("s1", 100, "A", "t", at(-30))), live(60, state("s1", 100, "A", "t", at(-30))));

        // When it goes offline at its last observation
        channel.offline(offline(60));

        // Then the lead-in counts too: 100 viewers for 90 s
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.viewerMinutes(), session.averageViewers(), session.durationSeconds()))
            .containsExactly(150L, 100.0, 90L);
    }

    @Test
    void aLeadInCountsNoLongerThanTheCap() {
        // Given a stream first observed ten minutes after it started (found late)
        channel.observe(live(0, state("s1", 100, "A", "t", at(-600))));

        // When it goes offline at that observation
        channel.offline(offline(0));

        // Then the lead-in counts for two minutes only
        assertThat(channel.closed().get(0).viewerMinutes()).isEqualTo(200L);
    }

    @Test
    void theTimeToAnOfflineEventCountsWhole() {
        // Given a stream observed at 0 s
        channel.observe(live(0, "s1", 100));

        // When it goes offline 45 s later
        channel.offline(offline(45));

        // Then it was live for those 45 s: 75 viewer-minutes
        assertThat(channel.closed().get(0).viewerMinutes()).isEqualTo(75L);
    }

    @Test
    void aStreamGoneAfterItsLastObservationCountsHalfTheTimeToItsFirstAbsence() {
        // Given a stream observed at 0 and 60 s, then absent at 120 and 240 s
        channel.observe(live(0, "s1", 100), live(60, "s1", 100), absent(120), absent(240));

        // Then it ends at its last LIVE observation, and as it ended somewhere in the minute to its first absence,
        // half of that minute counts: 100 viewers for 90 s
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.viewerMinutes(), session.averageViewers(), session.durationSeconds(),
            session.endedAt())).containsExactly(150L, 100.0, 60L, at(60));
    }

    @Test
    void aStreamReplacedByANewOneCountsHalfTheTimeToTheNewStart() {
        // Given a stream observed at 0 and 60 s, then a new stream of the channel that started at 100 s
        channel.observe(live(0, "s1", 60), live(60, "s1", 60), live(120, state("s2", 5, "A", "t", at(100))));

        // Then the old one counts half of the 40 s between its last observation and the new start: 60 viewers for
        // 80 s
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.streamId(), session.viewerMinutes(), session.endedAt()))
            .containsExactly("s1", 80L, at(60));
    }

    @Test
    void aSessionSweptWithoutAnyAbsenceCountsNoTail() {
        // Given a stream observed at 0 and 60 s, then nothing more of the channel
        channel.observe(live(0, "s1", 100), live(60, "s1", 100));

        // When the sweep ends it
        channel.sweep(at(60));

        // Then nothing after its last observation counts
        assertThat(channel.closed().get(0).viewerMinutes()).isEqualTo(100L);
    }

    @Test
    void aGapInTheObservationsCountsNoLongerThanTheCap() {
        // Given two observations ten minutes apart (the refresh missed eight rounds), cap two minutes
        channel.observe(live(0, "s1", 100), live(600, "s1", 100));

        // When the stream ends
        channel.offline(offline(600));

        // Then the first observation counts for two minutes only: 200 viewer-minutes, not 1000
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.viewerMinutes(), session.averageViewers(), session.durationSeconds()))
            .containsExactly(200L, 100.0, 600L);
    }

    @Test
    void theCapIsConfigurable() {
        // Given a cap of five minutes
        ScriptedChannel lenient = new ScriptedChannel(new SessionRules(2, Duration.ofMinutes(2), Duration.ofMinutes(5), 4));
        lenient.observe(live(0, "s1", 100), live(600, "s1", 100));

        // When the stream ends
        lenient.offline(offline(600));

        // Then the first observation counts for five minutes
        assertThat(lenient.closed().get(0).viewerMinutes()).isEqualTo(500L);
    }

    @Test
    void aFlapWithinTheCapLosesNoViewerMinutes() {
        // Given a stream absent once between two observations two minutes apart
        channel.observe(live(0, "s1", 100), absent(60), live(120, "s1", 100));

        // When it ends
        channel.offline(offline(120));

        // Then the two minutes between the two LIVE observations count
        assertThat(channel.closed().get(0).viewerMinutes()).isEqualTo(200L);
    }

    @Test
    void categoriesShareTheWholeTimelineFromTheStartToTheEnd() {
        // Given a stream started two minutes before its first observation, in category A, then B, then A again
        channel.observe(live(0, state("s1", 10, "A", "first", at(-120))), live(60, state("s1", 10, "B", "second", at(-120))),
            live(120, state("s1", 10, "A", "first", at(-120))));

        // When it goes offline 30 s after the last observation
        channel.offline(offline(150));

        // Then A has the lead-in, its minute and the tail; B its minute; together the duration
        ClosedSession session = channel.closed().get(0);
        assertThat(session.games()).containsExactly(new GamePlayed("A", "Game A", 210), new GamePlayed("B", "Game B", 60));
        assertThat(session.durationSeconds()).isEqualTo(270L);
        assertThat(session.startedAt()).isEqualTo(T0.minusSeconds(120));
        assertThat(session.titles()).containsExactly("first", "second");
    }
}
