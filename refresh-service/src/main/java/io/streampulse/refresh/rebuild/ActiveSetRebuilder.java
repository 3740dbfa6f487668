package io.streampulse.refresh.rebuild;

import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.refresh.active.ActiveSetStore;
import io.streampulse.refresh.active.ActiveSetStore.ActiveEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the active set of each owned partition is in Redis. A partition without its marker (never
 * loaded, or Redis flushed or restarted without its data) is rebuilt from twitch.streams.live.v1: every
 * broadcaster whose latest record there is a state (not a tombstone) is added with its last observation as
 * last refresh time. Entries already there (added since by new discoveries) are kept.
 */
public final class ActiveSetRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveSetRebuilder.class);

    private final ActiveSetStore store;
    private final LiveTopicReader reader;

    public ActiveSetRebuilder(ActiveSetStore store, LiveTopicReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Rebuilds the partitions whose set is missing; returns them. */
    public List<Integer> ensureLoaded(Collection<Integer> partitions) {
        List<Integer> rebuilt = new ArrayList<>();
        for (int partition : partitions) {
            if (!store.isLoaded(partition)) {
                rebuild(partition);
                rebuilt.add(partition);
            }
        }
        return rebuilt;
    }

    void rebuild(int partition) {
        long started = System.nanoTime();
        Map<String, LiveStreamUpdated> live = reader.liveStreams(partition);
        List<ActiveEntry> entries = new ArrayList<>(live.size());
        live.forEach((broadcaster, state) -> entries.add(new ActiveEntry(broadcaster, state.stream().streamId(),
            state.lastObservedAt().toEpochMilli())));
        store.addAll(partition, entries);
        store.markLoaded(partition);
        LOG.info("Active set of partition {} rebuilt from twitch.streams.live.v1: {} streams in {} ms", partition,
            entries.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
