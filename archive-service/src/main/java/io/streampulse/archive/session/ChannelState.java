package io.streampulse.archive.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What archive knows about one channel between records: its open session (null when none), the time of its
 * latest observation (older or equal observations are stale), the stream ids that recently ended (a LIVE
 * observation of one of them must not reopen it) and the snapshot bucket last written.
 */
public record ChannelState(
    String broadcasterId,
    OpenSession open,
    Instant lastObservedAt,
    List<String> endedStreamIds,
    Instant lastSnapshotBucket) {

    public ChannelState {
        Objects.requireNonNull(broadcasterId, "broadcasterId");
        endedStreamIds = List.copyOf(endedStreamIds);
    }

    /** A channel archive has never seen (or whose session ended long ago). */
    public static ChannelState fresh(String broadcasterId) {
        return new ChannelState(broadcasterId, null, null, List.of(), null);
    }

    /** A channel with no open session whose recent sessions ended with these stream ids (newest first). */
    public static ChannelState afterSessions(String broadcasterId, List<String> endedStreamIds) {
        return new ChannelState(broadcasterId, null, null, endedStreamIds, null);
    }

    public boolean hasOpenSession() {
        return open != null;
    }

    boolean hasEnded(String streamId) {
        return endedStreamIds.contains(streamId);
    }

    boolean isStale(Instant observedAt) {
        return lastObservedAt != null && !observedAt.isAfter(lastObservedAt);
    }

    ChannelState observedAt(Instant at) {
        return new ChannelState(broadcasterId, open, at, endedStreamIds, lastSnapshotBucket);
    }

    ChannelState withOpen(OpenSession session) {
        return new ChannelState(broadcasterId, session, lastObservedAt, endedStreamIds, lastSnapshotBucket);
    }

    /** No session open any more; {@code streamId} remembered among the last {@code remember} ended ones. */
    ChannelState ended(String streamId, int remember) {
        List<String> ended = new ArrayList<>(remember);
        ended.add(streamId);
        endedStreamIds.stream().filter(id -> !id.equals(streamId)).limit(remember - 1L).forEach(ended::add);
        return new ChannelState(broadcasterId, null, lastObservedAt, ended, lastSnapshotBucket);
    }

    public ChannelState withSnapshotBucket(Instant bucket) {
        return new ChannelState(broadcasterId, open, lastObservedAt, endedStreamIds, bucket);
    }
}
