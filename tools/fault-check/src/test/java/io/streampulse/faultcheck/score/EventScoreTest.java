package io.streampulse.faultcheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.faultcheck.sim.TruthEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventScoreTest {

    @Test
    void acknowledgedEventsMustBeArchivedUnacknowledgedOnesAreReportedApart() {
        // Given: two acknowledged follows (one archived), one cheer ingest never acknowledged, a stream.online
        List<TruthEvent> truth = List.of(event("m1", "channel.follow", "delivered"), event("m2", "channel.follow", "delivered"),
                event("m3", "channel.cheer", "failed"), event("m4", "stream.online", "delivered"));

        // When
        EventScore score = EventScore.score(truth, Set.of("m1"), Map.of("m1", 2), Set.of("forged-1"));

        // Then
        assertThat(score).isEqualTo(new EventScore(3, 2, List.of("m2 (channel.follow, channel b1)"),
                Map.of("channel.cheer failed", 1L), 0, List.of(), List.of(), 1, 1));
        assertThat(score.checks()).extracting(Check::passed).containsExactly(false, true, true);
    }

    @Test
    void forgedIdsFoundAnywhereAndUnknownRowsFail() {
        // Given a forged id that reached the topic and a row nobody sent
        List<TruthEvent> truth = List.of(event("m1", "channel.follow", "delivered"));

        // When
        EventScore score = EventScore.score(truth, Set.of("m1", "invented"), Map.of("m1", 1, "forged-1", 1),
                Set.of("forged-1", "forged-2"));

        // Then
        assertThat(score.forgedStored()).containsExactly("forged-1");
        assertThat(score.phantom()).containsExactly("invented");
        assertThat(score.checks()).extracting(Check::passed).containsExactly(true, false, false);
    }

    @Test
    void pendingDeliveriesKeepTheScoreOpen() {
        // Given a notification still being delivered
        EventScore score = EventScore.score(List.of(event("m1", "channel.raid", "pending")), Set.of(), Map.of(),
                Set.of("forged-1"));

        // Then
        assertThat(score.pending()).isEqualTo(1);
        assertThat(score.checks().get(0).passed()).isFalse();
    }

    @Test
    void eventsKeepTheirNullFields() {
        // Given an anonymous cheer: Twitch sends user_id null
        java.util.Map<String, Object> cheer = new java.util.HashMap<>();
        cheer.put("user_id", null);
        cheer.put("bits", 100);

        // When
        TruthEvent event = new TruthEvent("m1", "notification", "s1", "channel.cheer", "1", "b1", cheer,
                Optional.empty(), 1, 0, "delivered");

        // Then
        assertThat(event.event()).containsEntry("user_id", null).containsEntry("bits", 100);
    }

    private static TruthEvent event(String id, String type, String outcome) {
        return new TruthEvent(id, "notification", "sub-" + id, type, "1", "b1", Map.of(),
                "delivered".equals(outcome) ? Optional.of(Instant.parse("2026-03-02T12:00:00Z")) : Optional.empty(),
                1, 0, outcome);
    }
}
