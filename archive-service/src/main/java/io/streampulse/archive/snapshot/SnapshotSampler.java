package io.streampulse.archive.snapshot;

import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps one snapshot per channel per bucket of the resolution (default 5 minutes, buckets aligned to the epoch, so
 * a day holds a whole number of them when the resolution divides a day): the first LIVE observation of a bucket.
 */
public final class SnapshotSampler {

    private final long resolutionMillis;

    public SnapshotSampler(Duration resolution) {
        Objects.requireNonNull(resolution, "resolution");
        if (resolution.isNegative() || resolution.isZero() || Duration.ofDays(1).toMillis() % resolution.toMillis() != 0) {
            throw new IllegalArgumentException("the snapshot resolution must divide a day evenly but was " + resolution);
        }
        this.resolutionMillis = resolution.toMillis();
    }

    public Instant bucketOf(Instant at) {
        long millis = at.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, resolutionMillis));
    }

    /** A snapshot of the observation when it is the first of its bucket (the channel's last bucket differs). */
    public Optional<SnapshotRow> sample(Instant lastBucket, StreamState stream, Instant observedAt) {
        Instant bucket = bucketOf(observedAt);
        if (bucket.equals(lastBucket)) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotRow(stream.broadcasterId(), bucket, stream.streamId(), observedAt,
            stream.viewerCount(), stream.gameId(), stream.gameName(), stream.title(), stream.language()));
    }
}
