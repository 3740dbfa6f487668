package io.streampulse.simfeed.truth;

import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.simfeed.feed.StepListener;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitchsim.GroundTruth;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a snapshot of the simulator's ground truth at every feed cycle: the live broadcasts with their viewer-minute
 * integrals and the broadcasts that ended since (read when the clock has moved, before the feed observes), and what
 * each live channel shows (category, tags). Those come from the cycle's own Helix answers: in MANUAL mode the world
 * stands still during a cycle, so every answer shows it at the same instant; a channel missing from all of them
 * (a flap in both the sweep and its refresh) keeps the look it had.
 */
public final class TruthRecorder implements StepListener {

    private final GroundTruth truth;
    private final TruthLedger ledger = new TruthLedger();
    private final Map<String, Look> looks = new HashMap<>();
    private List<SessionRecord> live = List.of();
    private List<SessionRecord> endedSince = List.of();
    private int endedSeen;
    private int snapshots;

    public TruthRecorder(GroundTruth truth) {
        this.truth = truth;
    }

    @Override
    public void at(Instant at) {
        live = truth.liveSessions();
        List<SessionRecord> ended = truth.endedSessions();
        endedSince = List.copyOf(ended.subList(Math.min(endedSeen, ended.size()), ended.size()));
        endedSeen = ended.size();
    }

    @Override
    public void answered(Instant at, Collection<HelixStream> streams) {
        for (HelixStream stream : streams) {
            looks.put(stream.userId(), Look.of(stream.gameId(), stream.gameName(), stream.tags()));
        }
        ledger.snapshot(at, live, endedSince, looks);
        snapshots++;
    }

    @Override
    public void published(Instant at, List<StreamObserved> observations) {
        for (StreamObserved observation : observations) {
            if (observation.status() == ObservationStatus.LIVE && observation.stream() != null) {
                ledger.observedLive(observation.stream().streamId());
            }
        }
    }

    public TruthLedger ledger() {
        return ledger;
    }

    public int snapshots() {
        return snapshots;
    }
}
