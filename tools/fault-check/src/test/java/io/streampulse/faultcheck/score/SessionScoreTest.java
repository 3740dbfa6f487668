package io.streampulse.faultcheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.faultcheck.sim.TruthSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionScoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant CUTOFF = T0.plusSeconds(600);
    private static final Observability ALL_VISIBLE = new Observability(T0, CUTOFF, List.of(), Duration.ofSeconds(40));

    @Test
    void everyEndedObservableBroadcastArchivedOnceScoresClean() {
        // Given two ended broadcasts, both archived, one StreamEnded each (one re-sent with the same id)
        List<TruthSession> truth = List.of(ended("100", 0, 300), ended("101", 100, 500));
        List<ArchivedSession> archived = List.of(archived("100"), archived("101"));

        // When
        SessionScore score = SessionScore.score(truth, archived, Map.of(), Map.of("100", Set.of("e1"), "101", Set.of("e2")),
                ALL_VISIBLE, CUTOFF);

        // Then
        assertThat(score).isEqualTo(new SessionScore(2, 2, 2, List.of(), List.of(), List.of(), List.of(), List.of(), 0));
        assertThat(score.checks()).allMatch(Check::passed);
    }

    @Test
    void aMissingSessionIsLostAndNamed() {
        // Given a broadcast that ended by the cutoff but is not archived
        SessionScore score = SessionScore.score(List.of(ended("100", 0, 300)), List.of(), Map.of(), Map.of(),
                ALL_VISIBLE, CUTOFF);

        // Then
        assertThat(score.lost()).containsExactly("100 (channel b100, 2026-03-02T12:00:00Z .. 2026-03-02T12:05:00Z)");
        assertThat(score.checks().get(0).passed()).isFalse();
    }

    @Test
    void tooShortOrAfterCutoffBroadcastsAreNotExpected() {
        // Given a 20 s broadcast and one that ended after the cutoff, neither archived
        List<TruthSession> truth = List.of(ended("100", 0, 20), ended("101", 500, 700));

        // When
        SessionScore score = SessionScore.score(truth, List.of(), Map.of("b101", "101"), Map.of(), ALL_VISIBLE, CUTOFF);

        // Then: nothing expected, the second is tracked as open
        assertThat(score.expected()).isZero();
        assertThat(score.lost()).isEmpty();
        assertThat(score.untracked()).isEmpty();
        assertThat(score.notObservable()).isEqualTo(1);
    }

    @Test
    void duplicatesSplitsAndInventionsAreReported() {
        // Given: two StreamEnded ids for one stream, a session both open and archived, one archived while live,
        // and one the simulator never ran
        List<TruthSession> truth = List.of(ended("100", 0, 300), ended("101", 0, 300), live("102", 0));
        List<ArchivedSession> archived = List.of(archived("100"), archived("101"), archived("102"), archived("999"));

        // When
        SessionScore score = SessionScore.score(truth, archived, Map.of("b101", "101"),
                Map.of("100", Set.of("e1", "e2")), ALL_VISIBLE, CUTOFF);

        // Then
        assertThat(score.duplicated()).containsExactly(
                "100: 2 StreamEnded records with different event ids [e1, e2]",
                "101: archived and still open in archive.open_sessions");
        assertThat(score.endedEarly()).hasSize(1).allMatch(s -> s.startsWith("ArchivedSession[streamId=102"));
        assertThat(score.phantom()).hasSize(1).allMatch(s -> s.contains("streamId=999"));
        assertThat(score.checks()).filteredOn(Check::passed).extracting(Check::name)
                .containsExactly("sessions: none lost", "sessions: live broadcasts tracked");
    }

    @Test
    void anObservableLiveBroadcastNobodyTracksIsReported() {
        // Given a broadcast live for 5 minutes before the cutoff, neither open nor archived
        SessionScore score = SessionScore.score(List.of(live("100", 300)), List.of(), Map.of(), Map.of(), ALL_VISIBLE, CUTOFF);

        // Then
        assertThat(score.untracked()).containsExactly("100 (channel b100, 2026-03-02T12:05:00Z .. live)");
    }

    private static TruthSession ended(String id, long start, long end) {
        return new TruthSession(id, "b" + id, "login" + id, T0.plusSeconds(start), Optional.of(T0.plusSeconds(end)));
    }

    private static TruthSession live(String id, long start) {
        return new TruthSession(id, "b" + id, "login" + id, T0.plusSeconds(start), Optional.empty());
    }

    private static ArchivedSession archived(String id) {
        return new ArchivedSession(id, "b" + id, T0, T0.plusSeconds(300), "ABSENT_GRACE");
    }
}
