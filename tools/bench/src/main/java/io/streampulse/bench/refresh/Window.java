package io.streampulse.bench.refresh;

import io.streampulse.bench.stats.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * What a measured window saw: the counters' differences, the observations in it, the staleness over all streams
 * and per partition (seconds), and the observations per 10 s slot (to see stalls and bursts).
 */
record Window(Snapshot delta, long observations, Distribution staleness, List<Distribution> byPartition,
              List<Long> per10s) {

    /** {@code fromMillis}, {@code toMillis}: the moments the two counter snapshots of {@code delta} stand for. */
    static Window of(Snapshot delta, ObservationTracker tracker, int partitions, long fromMillis, long toMillis) {
        List<Distribution> byPartition = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            byPartition.add(tracker.gaps(p).distribution().scaled(1000));
        }
        List<Long> slots = tracker.observationsPer10s();
        // The last slot may be cut short by the window's end.
        List<Long> full = slots.size() > 1 ? slots.subList(0, slots.size() - 1) : slots;
        return new Window(delta, tracker.observationsBetween(fromMillis, toMillis), tracker.gaps().distribution().scaled(1000),
            byPartition, full);
    }
}
