package io.streampulse.bench.refresh;

import io.streampulse.twitchsim.truth.SessionRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No active stream lost: every stream that was fed and is live in the simulator's ground truth from the feed to
 * now (same stream id) must still be in the active set and have been observed within the last two intervals.
 *
 * @param liveThroughout   streams live from the feed to the check
 * @param notInActiveSet   of those, missing from Redis's active set
 * @param notObservedLately of those, without an observation in the last two intervals
 * @param lost             of those, failing either check
 */
record LossCheck(int liveThroughout, int notInActiveSet, int notObservedLately, int lost) {

    static LossCheck run(RefreshRig rig) {
        Set<String> liveNow = new HashSet<>();
        rig.sim.groundTruth().liveSessions().forEach(s -> liveNow.add(s.streamId()));
        List<SessionRecord> throughout = rig.fed.stream().filter(s -> liveNow.contains(s.streamId())).toList();
        Set<String> members = rig.activeSet.members();
        long since = System.currentTimeMillis() - 2 * rig.settings.interval().toMillis();
        int missing = 0;
        int stale = 0;
        int lost = 0;
        for (SessionRecord s : throughout) {
            boolean absent = !members.contains(s.broadcasterId());
            boolean quiet = rig.tracker.latest(s.broadcasterId()) < since;
            missing += absent ? 1 : 0;
            stale += quiet ? 1 : 0;
            lost += absent || quiet ? 1 : 0;
        }
        return new LossCheck(throughout.size(), missing, stale, lost);
    }
}
