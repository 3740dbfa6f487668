package io.streampulse.archive.ingest;

import static io.streampulse.archive.ingest.Batches.OBSERVATIONS;
import static io.streampulse.archive.ingest.Batches.T0;
import static io.streampulse.archive.ingest.Batches.absent;
import static io.streampulse.archive.ingest.Batches.at;
import static io.streampulse.archive.ingest.Batches.live;
import static io.streampulse.archive.ingest.Batches.source;
import static io.streampulse.archive.ingest.Batches.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.streampulse.archive.session.ChannelState;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.archive.session.SessionRules;
import io.streampulse.archive.session.SessionTracker;
import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.archive.snapshot.SnapshotSampler;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep of unobserved channels and the storability check, as a batch is planned in memory. */
class BatchPlannerTest {

    private final SessionTracker tracker = new SessionTracker(SessionRules.DEFAULTS);
    private final BatchPlanner planner = new BatchPlanner(tracker, new SnapshotSampler(Duration.ofMinutes(5)));

    @Test
    void theSweepClosesCandidatesNotObservedSinceTheirCutoffAndLeavesTheOthersOpen() {
        // Given channel a observed live until T+60 and channel b until T+30, both candidates of the sweep
        Map<String, ChannelState> states = Map.of("a", openState("a", "s1", 0, 60), "b", openState("b", "s2", 0, 30));
        Map<String, Instant> unobserved = Map.of("a", at(100), "b", at(100));

        // When a batch holding a LIVE observation of b at T+700 (partition 3) is planned with the sweep
        ArchiveBatch batch = new ArchiveBatch.Builder()
            .observation(source(OBSERVATIONS, 3, 5, "b"), live("b", "s2", 700)).build();
        BatchPlan plan = planner.plan(batch, states, Instant.MIN, unobserved);

        // Then a's session ends at its last LIVE observation; b, observed in the batch, stays open
        assertThat(plan.closed()).extracting(ClosedSession::streamId, ClosedSession::endedAt, ClosedSession::endReason)
            .containsExactly(tuple("s1", at(60), EndReason.ABSENT_GRACE));
        assertThat(plan.swept()).isEqualTo(1);
        assertThat(plan.states().get("a").hasOpenSession()).isFalse();
        assertThat(plan.states().get("b").open().lastLiveAt()).isEqualTo(at(700));
        // And only the record counts as an outcome; b's partition is remembered for its next sweep
        assertThat(plan.outcomes()).isEqualTo(Map.of(Outcome.CONTINUED, 1));
        assertThat(plan.observedPartitions()).isEqualTo(Map.of("b", 3));
        assertThat(plan.channels()).extracting(seen -> seen.broadcasterId()).containsExactly("a");
    }

    @Test
    void aCandidateWhoseCutoffIsBeforeItsLatestObservationStaysOpen() {
        // Given channel a last observed (ABSENT) at T+90
        ChannelState a = tracker.observe(openState("a", "s1", 0, 60), absent("a", 90)).state();

        // When the sweep's cutoff is T+89
        BatchPlan plan = planner.plan(new ArchiveBatch.Builder().build(), Map.of("a", a), Instant.MIN,
            Map.of("a", at(89)));

        // Then nothing closes
        assertThat(plan.closed()).isEmpty();
        assertThat(plan.swept()).isZero();
        assertThat(plan.states()).isEmpty();
    }

    @Test
    void recordsWithValuesPostgresqlWouldRefuseAreRejectedAndChangeNothing() {
        // Given observations with a start beyond the year 9999, an observation time before the year 1, a login of 300
        // characters, and one good observation
        StreamState farFuture = new StreamState("s1", "a", "login_a", "A", "1", "Game", "t", List.of(), 5,
            Instant.parse("+10000-01-01T00:00:00Z"), "en", "live", "");
        StreamState longLogin = new StreamState("s2", "b", "x".repeat(300), "B", "1", "Game", "t", List.of(), 5, T0,
            "en", "live", "");
        StreamObserved ancient = StreamObserved.absent(UUID.randomUUID().toString(),
            Instant.parse("-0001-12-31T00:00:00Z"), "c");
        Source first = source(OBSERVATIONS, 0, 1, "a");
        Source second = source(OBSERVATIONS, 0, 2, "b");
        Source third = source(OBSERVATIONS, 0, 3, "c");
        ArchiveBatch batch = new ArchiveBatch.Builder()
            .observation(first, StreamObserved.live(UUID.randomUUID().toString(), at(10), farFuture))
            .observation(second, StreamObserved.live(UUID.randomUUID().toString(), at(10), longLogin))
            .observation(third, ancient)
            .observation(source(OBSERVATIONS, 0, 4, "d"), StreamObserved.live(UUID.randomUUID().toString(), at(10),
                stream("d", "s4", 7)))
            .build();

        // When the batch is planned
        BatchPlan plan = planner.plan(batch, Map.of(), Instant.MIN, Map.of());

        // Then the three are rejected with their reason and only the good one opened a session
        assertThat(plan.rejected()).extracting(Rejected::source, Rejected::errorType).containsExactly(
            tuple(third, "unstorable_value"), tuple(first, "unstorable_value"), tuple(second, "unstorable_value"));
        assertThat(plan.rejected().get(0).reason()).contains("occurred_at");
        assertThat(plan.rejected().get(1).reason()).contains("stream.started_at");
        assertThat(plan.rejected().get(2).reason()).contains("stream.broadcaster_login", "300");
        assertThat(plan.states().keySet()).containsExactly("d");
        assertThat(plan.outcomes()).isEqualTo(Map.of(Outcome.OPENED, 1));
    }

    private ChannelState openState(String channel, String streamId, int... seconds) {
        ChannelState state = ChannelState.fresh(channel);
        for (int second : seconds) {
            state = tracker.observe(state, live(channel, streamId, second)).state();
        }
        return state;
    }
}
