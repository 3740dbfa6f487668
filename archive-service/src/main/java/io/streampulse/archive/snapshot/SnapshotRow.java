package io.streampulse.archive.snapshot;

import java.time.Instant;

/** One row of {@code stream_snapshots}: a channel's first LIVE observation in one bucket of the resolution. */
public record SnapshotRow(
    String broadcasterId,
    Instant bucketStart,
    String streamId,
    Instant observedAt,
    int viewerCount,
    String gameId,
    String gameName,
    String title,
    String language) {
}
