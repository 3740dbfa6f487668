package io.streampulse.refresh.schedule;

import io.streampulse.refresh.active.ActiveSetStore;
import io.streampulse.refresh.active.ActiveStream;
import io.streampulse.refresh.active.OwnedPartitions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the next batch to refresh: the stalest streams of this replica's partitions ({@link BatchSelector}),
 * claimed in the store so no other loop takes them: a claim marks them in flight, due again one claim timeout
 * later ({@link RefreshSettings#inFlightScore}). A finished call records the observation time, a failed one gives
 * the old time back; a replica killed mid-call leaves the claim, and the new owner of the partition refreshes
 * those streams once it expires. A batch is urgent when its stalest stream is overdue by more than
 * {@link RefreshSettings#yieldUntilOverdue()}. One caller at a time (the {@link RefreshLoop} thread); the calls themselves run
 * concurrently.
 */
public final class RefreshScheduler {

    private final ActiveSetStore store;
    private final OwnedPartitions owned;
    private final BatchSelector selector;
    private final RefreshSettings settings;
    private final Clock clock;

    public RefreshScheduler(ActiveSetStore store, OwnedPartitions owned, RefreshSettings settings, Clock clock) {
        this.store = store;
        this.owned = owned;
        this.selector = new BatchSelector(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** The next claimed batch, or empty when no stream of this replica is due. */
    public Optional<RefreshBatch> nextBatch() {
        Set<Integer> partitions = owned.current();
        if (partitions.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        List<ActiveStream> candidates = store.stalest(partitions, selector.candidateCutoff(now), settings.batchSize());
        List<ActiveStream> selected = selector.select(candidates, now);
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        List<ActiveStream> claimed = store.claim(selected, settings.inFlightScore(now));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RefreshBatch(claimed, now, settings.urgent(claimed.get(0).lastRefreshMillis(), now)));
    }
}
