package io.streampulse.simfeed.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.simfeed.truth.TruthKeys.ChannelDay;
import io.streampulse.simfeed.truth.TruthKeys.GameHour;
import io.streampulse.simfeed.truth.TruthKeys.TagDay;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthLedgerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Test
    void theTruthBetweenSnapshotsIsCreditedToTheChannelsCategoriesAndTagsItBelongsTo() {
        // Given a broadcast live since before the run (A), one starting in the first minute (B),
        // A ending in the second minute, and one (C) starting and ending between two snapshots
        TruthLedger ledger = new TruthLedger();
        ledger.snapshot(T0, List.of(live("1", "A", "11:30:00", 300)), List.of(),
            Map.of("1", Look.of("g1", "Game 1", List.of("English", " FPS "))));
        ledger.snapshot(at("12:01:00"), List.of(live("1", "A", "11:30:00", 310), live("2", "B", "12:00:30", 5)),
            List.of(), Map.of("1", Look.of("g2", "Game 2", List.of("English")),
                "2", Look.of("g3", "Game 3", List.of("english"))));

        // When the next snapshot sees A and C ended and B still live
        ledger.snapshot(at("12:02:00"), List.of(live("2", "B", "12:00:30", 12)),
            List.of(ended("1", "A", "11:30:00", "12:01:20", 313), ended("3", "C", "12:01:10", "12:01:40", 2)),
            Map.of("2", Look.of("g3", "Game 3", List.of("english"))));

        // Then time and the simulator's viewer-minutes inside the run are credited where they belong
        assertThat(ledger.channelDays()).isEqualTo(Map.of(
            new ChannelDay("1", DAY), new Totals(80_000, 13.0),
            new ChannelDay("2", DAY), new Totals(90_000, 12.0),
            new ChannelDay("3", DAY), new Totals(30_000, 2.0)));
        Instant noon = at("12:00:00");
        assertThat(ledger.gameHours()).isEqualTo(Map.of(
            new GameHour("g1", noon), new Totals(60_000, 10.0),
            new GameHour("g2", noon), new Totals(20_000, 3.0),
            new GameHour("g3", noon), new Totals(90_000, 12.0)));
        assertThat(ledger.tagDays()).isEqualTo(Map.of(
            new TagDay("english", DAY), new Totals(170_000, 25.0),
            new TagDay("fps", DAY), new Totals(60_000, 10.0)));
        assertThat(ledger.gameNames()).containsEntry("g2", "Game 2");
        // And the broadcast nobody saw counts for its channel only
        assertThat(ledger.viewerMinutesWithoutLook()).isEqualTo(2.0);

        // And each broadcast says how often a cycle saw it live
        assertThat(ledger.sessions()).containsExactlyInAnyOrder(
            new SessionTruth("A", "1", at("11:30:00"), at("12:01:20"), 313, 13, 2, true),
            new SessionTruth("C", "3", at("12:01:10"), at("12:01:40"), 2, 2, 0, false),
            new SessionTruth("B", "2", at("12:00:30"), null, 12, 12, 2, false));
    }

    @Test
    void theLiveObservationsTheFeedPublishedAreCountedPerStream() {
        // Given a ledger told of three LIVE observations of A and one of B
        TruthLedger ledger = new TruthLedger();
        ledger.observedLive("A");
        ledger.observedLive("B");
        ledger.observedLive("A");
        ledger.observedLive("A");

        // Then it counts them per stream id, and none for a stream never observed LIVE
        assertThat(List.of(ledger.liveObservations("A"), ledger.liveObservations("B"), ledger.liveObservations("C")))
            .containsExactly(3, 1, 0);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + "Z");
    }

    private static SessionRecord live(String broadcaster, String stream, String started, double viewerMinutes) {
        return new SessionRecord(broadcaster, "login" + broadcaster, stream, at(started), null, 10, 10, 10,
            viewerMinutes);
    }

    private static SessionRecord ended(String broadcaster, String stream, String started, String ended,
                                       double viewerMinutes) {
        return new SessionRecord(broadcaster, "login" + broadcaster, stream, at(started), at(ended), 10, 10, 10,
            viewerMinutes);
    }
}
