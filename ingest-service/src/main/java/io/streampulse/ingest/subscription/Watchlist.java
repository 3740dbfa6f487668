package io.streampulse.ingest.subscription;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntBiFunction;

/**
 * The part of twitch.watchlist.v1 this replica owns: the channels of its assigned partitions, each partition read
 * from the beginning of the compacted topic. Only fully read (loaded) partitions count, so a replica never deletes
 * the subscriptions of a channel it has not read yet. The replica owning partition 0 also owns the app-wide
 * subscriptions.
 */
public final class Watchlist {

    private final ToIntBiFunction<String, Integer> partitioner;
    private final Map<Integer, Map<String, WatchedChannel>> byPartition = new ConcurrentHashMap<>();
    private final Set<Integer> loaded = ConcurrentHashMap.newKeySet();
    private final Set<Integer> assigned = ConcurrentHashMap.newKeySet();
    private volatile int partitionCount;

    /** @param partitioner the producers' partition of a key (Kafka's default: murmur2 of the key bytes) */
    public Watchlist(ToIntBiFunction<String, Integer> partitioner) {
        this.partitioner = partitioner;
    }

    public void assign(Collection<Integer> partitions, int partitionsOfTopic) {
        partitionCount = partitionsOfTopic;
        partitions.forEach(p -> {
            byPartition.put(p, new ConcurrentHashMap<>());
            assigned.add(p);
        });
    }

    public void revoke(Collection<Integer> partitions) {
        partitions.forEach(p -> {
            assigned.remove(p);
            loaded.remove(p);
            byPartition.remove(p);
        });
    }

    public void put(int partition, WatchedChannel channel) {
        byPartition.computeIfAbsent(partition, p -> new ConcurrentHashMap<>()).put(channel.broadcasterId(), channel);
    }

    public void remove(int partition, String broadcasterId) {
        Map<String, WatchedChannel> channels = byPartition.get(partition);
        if (channels != null) {
            channels.remove(broadcasterId);
        }
    }

    public void markLoaded(int partition) {
        loaded.add(partition);
    }

    public boolean isLoaded(int partition) {
        return loaded.contains(partition);
    }

    /** Every assigned partition is read to its end (the moment for a full reconcile). */
    public boolean allAssignedLoaded() {
        return !assigned.isEmpty() && loaded.containsAll(assigned);
    }

    /** A consistent view for one reconcile: the loaded partitions and their channels at this moment. */
    public Snapshot snapshot() {
        Set<Integer> loadedNow = Set.copyOf(loaded);
        Map<String, WatchedChannel> channels = new HashMap<>();
        loadedNow.forEach(p -> channels.putAll(byPartition.getOrDefault(p, Map.of())));
        return new Snapshot(Map.copyOf(channels), loadedNow, partitionCount, partitioner);
    }

    /** The owned part of the watchlist at one moment. */
    public record Snapshot(Map<String, WatchedChannel> channels, Set<Integer> loaded, int partitionCount,
                           ToIntBiFunction<String, Integer> partitioner) {

        /** Whether this replica decides about the channel's subscriptions (its partition is here and loaded). */
        public boolean owns(String broadcasterId) {
            return partitionCount > 0 && loaded.contains(partitioner.applyAsInt(broadcasterId, partitionCount));
        }

        /** The replica owning partition 0 also owns the app-wide subscriptions. */
        public boolean ownsApp() {
            return loaded.contains(0);
        }
    }
}
