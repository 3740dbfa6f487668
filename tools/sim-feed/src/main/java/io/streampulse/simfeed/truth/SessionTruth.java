package io.streampulse.simfeed.truth;

import java.time.Instant;

/**
 * One broadcast as it really happened, as far as the run saw it.
 *
 * @param endedAt            null while it was still live at the end of the run
 * @param viewerMinutes      the simulator's own integral of its viewers over every world tick of the broadcast (for
 *                           broadcasts live before the run started it includes the time before, at the first count)
 * @param viewerMinutesInRun the part of that integral that fell inside the run
 * @param polls              how many of the feed's cycles found it live in the world (0: it started and ended
 *                           between two cycles, so no poller at the feed's interval could have seen it)
 * @param liveAtStart        it was already live when the run started
 */
public record SessionTruth(String streamId, String broadcasterId, Instant startedAt, Instant endedAt,
                           double viewerMinutes, double viewerMinutesInRun, int polls, boolean liveAtStart) {

    public boolean ended() {
        return endedAt != null;
    }
}
