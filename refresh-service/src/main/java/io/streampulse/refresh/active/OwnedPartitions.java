package io.streampulse.refresh.active;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** The partitions this replica is assigned now; the scheduler refreshes only their streams. Thread-safe. */
public final class OwnedPartitions {

    private final Set<Integer> partitions = new ConcurrentSkipListSet<>();

    public void assigned(Collection<Integer> added) {
        partitions.addAll(added);
    }

    public void revoked(Collection<Integer> removed) {
        partitions.removeAll(removed);
    }

    /** A copy, in partition order. */
    public Set<Integer> current() {
        return new TreeSet<>(partitions);
    }
}
