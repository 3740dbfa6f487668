package io.streampulse.archive.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveScoreTest {

    private static final Instant CUTOFF = at("13:55:00");

    @Test
    void recallCountsOnlyBroadcastsARefreshCouldSeeAndPrecisionCountsSessionsThatDidNotReallyEnd() {
        // Given five broadcasts that ended by the cutoff (one between two cycles, one live at a cycle but missing from
        // its Helix answers), one still live, one ended later
        List<TruthSession> truth = List.of(
            ended("a", "1", "12:10:00", "12:40:30", 300, 30),
            ended("b", "2", "12:20:00", "13:00:10", 400, 40),
            ended("c", "3", "12:30:00", "12:30:40", 1, 0),
            ended("d", "4", "13:00:00", "13:50:00", 100, 50),
            new TruthSession("e", "5", at("12:00:00"), null, 900, 120, 120, true),
            new TruthSession("g", "7", at("12:44:30"), at("12:45:40"), 3, 1, 0, false),
            ended("f", "6", "13:10:00", "13:58:00", 80, 48));
        // And an archive that has a, b and f, lacks d, and ended the still-live e
        List<ArchivedRow> archived = List.of(
            row("a", "1", "12:10:00", "12:40:00", 297),
            row("b", "2", "12:20:00", "13:00:00", 404),
            row("f", "6", "13:10:00", "13:57:00", 80),
            row("e", "5", "12:00:00", "13:30:00", 700));

        // When it is scored
        ArchiveFigures figures = ArchiveScore.score(truth, archived, CUTOFF);

        // Then c and g are unobservable, d is missed, e is wrong
        assertThat(figures.endedByCutoff()).isEqualTo(5);
        assertThat(figures.unobservable()).isEqualTo(1);
        assertThat(figures.flappedOut()).isEqualTo(1);
        assertThat(figures.expected()).isEqualTo(3);
        assertThat(figures.missed()).containsExactly("d");
        assertThat(figures.recall()).isEqualTo(2.0 / 3);
        assertThat(figures.wrong()).containsExactly("e (still live)");
        assertThat(figures.precision()).isEqualTo(3.0 / 4);
        // And the end errors (30 s, 10 s, 60 s) and viewer-minute errors (1 %, 1 %, 0) are those of the real ends
        assertThat(figures.endErrorSeconds()).isEqualTo(new Distribution(3, 30, 60, 60));
        assertThat(figures.viewerMinuteError().p50()).isEqualTo(0.01);
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.endedLate()).isZero();
    }

    @Test
    void overlappingSessionsOfAChannelAndALateEndAreCounted() {
        // Given a channel with two archived sessions that overlap, one of them ended after the real end
        List<TruthSession> truth = List.of(ended("a", "1", "12:00:00", "12:30:00", 300, 30),
            ended("b", "1", "12:20:00", "12:50:00", 300, 30));
        List<ArchivedRow> archived = List.of(row("a", "1", "12:00:00", "12:31:00", 300),
            row("b", "1", "12:20:00", "12:50:00", 300));

        // When it is scored
        ArchiveFigures figures = ArchiveScore.score(truth, archived, CUTOFF);

        // Then the overlap is a duplicate and the late end is counted
        assertThat(figures.duplicates()).isEqualTo(1);
        assertThat(figures.endedLate()).isEqualTo(1);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

        assertThat(Distribution.percentile(values, 50)).isEqualTo(10);
        assertThat(Distribution.percentile(values, 95)).isEqualTo(19);
        assertThat(Distribution.percentile(new double[0], 95)).isNaN();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + "Z");
    }

    private static TruthSession ended(String stream, String channel, String started, String ended, double viewerMinutes,
                                      int polls) {
        return new TruthSession(stream, channel, at(started), at(ended), viewerMinutes, polls, polls, false);
    }

    private static ArchivedRow row(String stream, String channel, String started, String ended, long viewerMinutes) {
        return new ArchivedRow(stream, channel, at(started), at(ended), viewerMinutes, "ABSENT_GRACE");
    }
}
