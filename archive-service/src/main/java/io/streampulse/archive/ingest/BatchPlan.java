package io.streampulse.archive.ingest;

import io.streampulse.archive.channel.ChannelSeen;
import io.streampulse.archive.event.ChannelEventRow;
import io.streampulse.archive.session.ChannelState;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.archive.snapshot.SnapshotRow;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The effects of one batch, computed in memory before anything is written.
 *
 * @param observedPartitions the observations partition of each channel observed in the batch (its latest record)
 * @param swept              sessions the sweep closed (they are among {@code closed})
 */
record BatchPlan(
    Map<String, ChannelState> states,
    Map<String, Integer> observedPartitions,
    List<ClosedSession> closed,
    List<SnapshotRow> snapshots,
    List<ChannelEventRow> events,
    List<UserAuthorizationRevoked> revocations,
    List<ChannelSeen> channels,
    List<Rejected> rejected,
    Map<Outcome, Integer> outcomes,
    int swept) {

    /** The UTC days the snapshots fall on (each needs its partition). */
    Set<LocalDate> snapshotDays() {
        return snapshots.stream().map(row -> LocalDate.ofInstant(row.bucketStart(), ZoneOffset.UTC))
            .collect(Collectors.toSet());
    }
}
