package io.streampulse.archive.score;

import java.time.Instant;

/**
 * One broadcast as the simulator ran it (from the feed's {@code sessions.jsonl}).
 *
 * @param endedAt       null while it was live at the end of the run
 * @param viewerMinutes the simulator's own integral of its viewers over every world tick (1 s)
 * @param polls         how many of the feed's cycles found it live in the world: 0 means it began and ended between
 *                      two refreshes, which no poller at that interval can see
 * @param liveObservations how many LIVE observations of it the feed published: 0 when the simulator's Get Streams
 *                      left it out (a flap) of every answer of the cycles it was live at, so archive never heard of it
 * @param liveAtStart   live before the run began (its integral then includes a synthetic time before the run)
 */
record TruthSession(String streamId, String broadcasterId, Instant startedAt, Instant endedAt, double viewerMinutes,
                    int polls, int liveObservations, boolean liveAtStart) {
}
