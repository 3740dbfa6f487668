package io.streampulse.api.sse;

import java.util.List;

/**
 * What a (re)connecting client gets before the live events: the events after its Last-Event-ID. The channel's
 * ring holds every event of the channel from {@code coveredFrom} on; anything older that the client has not seen
 * is read back from Kafka ({@code [replayFrom, replayTo)} of the channel's partition). Live events follow the ring
 * with no gap, because the client is registered in the same step that copies the ring.
 *
 * @param replayFrom first offset to read from Kafka (inclusive), or -1 when nothing needs reading
 * @param replayTo   end of the Kafka range (exclusive): the ring's {@code coveredFrom}
 * @param fromRing   the ring's events after the client's last one, oldest first
 */
record ResumePlan(long replayFrom, long replayTo, List<EventFrame> fromRing) {

    static final long NONE = -1;

    boolean needsReplay() {
        return replayFrom >= 0 && replayFrom < replayTo;
    }

    /** A client without Last-Event-ID: live events only. */
    static ResumePlan live() {
        return new ResumePlan(NONE, NONE, List.of());
    }

    /**
     * @param lastOffset  offset of the client's Last-Event-ID
     * @param coveredFrom the ring has every event of the channel at or after this offset
     * @param ring        the ring's events, oldest first
     */
    static ResumePlan after(long lastOffset, long coveredFrom, List<EventFrame> ring) {
        List<EventFrame> newer = ring.stream().filter(frame -> frame.offset() > lastOffset).toList();
        long next = lastOffset + 1;
        return next < coveredFrom ? new ResumePlan(next, coveredFrom, newer) : new ResumePlan(NONE, NONE, newer);
    }
}
