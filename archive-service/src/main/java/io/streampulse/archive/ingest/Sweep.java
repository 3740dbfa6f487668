package io.streampulse.archive.ingest;

import io.streampulse.archive.session.ChannelStateStore;
import io.streampulse.contracts.stream.StreamObserved;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the open sessions nobody observes any more (refresh lost the stream, or it left the active set without an
 * end), so the batch closes them with {@code ABSENT_GRACE} at their last LIVE observation.
 *
 * <p>A channel is unobserved when both hold: its latest observation is at least {@code grace} older than the latest
 * observation of its partition in this batch (event time: refresh kept observing other channels of the partition
 * for that long, which a consumer catching up on a backlog or a refresh outage never shows), and archive has not
 * written its state for {@code grace} either (wall-clock time: a producer clock running ahead cannot close a channel
 * observed a moment ago). Only the partitions of twitch.streams.observations.v1 this batch holds records of are swept,
 * in the batch's transaction: the consumer that owns a partition is the only one that sweeps it, and a sweep is
 * committed with the partition's offsets, so a restart neither loses nor repeats it.
 */
final class Sweep {

    /** Most sessions closed by one batch; the rest follow with the next ones. */
    static final int MAX_PER_BATCH = 1000;

    private final ChannelStateStore states;
    private final Duration grace;

    Sweep(ChannelStateStore states, Duration grace) {
        this.states = states;
        this.grace = Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("the grace of unobserved sessions must be positive but was " + grace);
        }
    }

    /** The channels to sweep with {@code batch}, each with the cutoff of its partition. */
    Map<String, Instant> candidates(Connection connection, ArchiveBatch batch, Instant now) throws SQLException {
        return states.unobserved(connection, cutoffs(batch), now.minus(grace), MAX_PER_BATCH);
    }

    /** For each observations partition of {@code batch}: its latest observation time minus the grace. */
    Map<Integer, Instant> cutoffs(ArchiveBatch batch) {
        Map<Integer, Instant> latest = new HashMap<>();
        for (Received<StreamObserved> observation : batch.observations()) {
            Instant at = observation.value().occurredAt();
            if (Storable.problemOf(observation.value()).isEmpty()) {
                latest.merge(observation.source().partition(), at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        latest.replaceAll((partition, at) -> at.minus(grace).isBefore(Storable.EARLIEST) ? Storable.EARLIEST
            : at.minus(grace));
        return latest;
    }
}
