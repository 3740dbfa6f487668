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

/** Viewer-minutes integrated over LIVE observations with the cap, and time per category. */
class IntegrationTest {

    private final ScriptedChannel channel = new ScriptedChannel(SessionRules.DEFAULTS);

    @Test
    void eachLiveObservationCountsUntilTheNext() {
        // Given observations every minute with 100, 200, 300 viewers
        channel.observe(live(0, "s1", 100), live(60, "s1", 200), live(120, "s1", 300));

        // When the stream ends at its last observation
        channel.offline(offline(120));

        // Then 100 viewers for a minute and 200 for a minute: 300 viewer-minutes, 150 on average, peak 300
        ClosedSession session = channel.closed().get(0);
        assertThat(List.of(session.viewerMinutes(), session.averageViewers(), session.peakViewers()))
            .containsExactly(300L, 150.0, 300);
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

        // Then the first observation counted for the two minutes to the next LIVE one
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
