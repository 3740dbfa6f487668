package io.streampulse.refresh.active;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A fake {@link ActiveSetStore} in memory with the same rules as the Redis one, for unit tests. */
public final class InMemoryActiveSetStore implements ActiveSetStore {

    private final Map<Integer, Map<String, Long>> scores = new HashMap<>();
    private final Map<Integer, Map<String, String>> streamIds = new HashMap<>();
    private final Set<Integer> loaded = new HashSet<>();

    @Override
    public synchronized CompletableFuture<Boolean> add(int partition, String broadcasterId, String streamId,
                                                       long lastRefreshMillis) {
        return CompletableFuture.completedFuture(put(partition, broadcasterId, streamId, lastRefreshMillis));
    }

    private boolean put(int partition, String broadcasterId, String streamId, long lastRefreshMillis) {
        boolean added = scores(partition).putIfAbsent(broadcasterId, lastRefreshMillis) == null;
        if (!streamId.isEmpty()) {
            streamIds(partition).put(broadcasterId, streamId);
        }
        return added;
    }

    @Override
    public synchronized void addAll(int partition, Collection<ActiveEntry> entries) {
        entries.forEach(e -> put(partition, e.broadcasterId(), e.streamId(), e.lastRefreshMillis()));
    }

    @Override
    public synchronized CompletableFuture<Boolean> end(int partition, String broadcasterId, String streamId) {
        String current = streamIds(partition).get(broadcasterId);
        if (current != null && !current.equals(streamId)) {
            return CompletableFuture.completedFuture(false);
        }
        scores(partition).remove(broadcasterId);
        streamIds(partition).remove(broadcasterId);
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public synchronized List<ActiveStream> stalest(Collection<Integer> partitions, long refreshedAtMost, int limit) {
        List<ActiveStream> all = new ArrayList<>();
        for (int p : partitions) {
            scores(p).forEach((id, score) -> {
                if (score <= refreshedAtMost) {
                    all.add(new ActiveStream(p, id, score));
                }
            });
        }
        all.sort(Comparator.comparingLong(ActiveStream::lastRefreshMillis).thenComparing(ActiveStream::broadcasterId));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    @Override
    public synchronized List<ActiveStream> claim(List<ActiveStream> candidates, long inFlightScore) {
        List<ActiveStream> claimed = new ArrayList<>();
        for (ActiveStream c : candidates) {
            Long score = scores(c.partition()).get(c.broadcasterId());
            if (score != null && score == c.lastRefreshMillis()) {
                scores(c.partition()).put(c.broadcasterId(), inFlightScore);
                claimed.add(c);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void release(List<ActiveStream> claimed) {
        claimed.forEach(c -> scores(c.partition()).computeIfPresent(c.broadcasterId(), (k, v) -> c.lastRefreshMillis()));
    }

    @Override
    public synchronized void recordObserved(int partition, long observedAtMillis, Map<String, String> streamIdByBroadcaster) {
        streamIdByBroadcaster.forEach((id, stream) -> {
            if (scores(partition).containsKey(id)) {
                scores(partition).put(id, observedAtMillis);
                if (!stream.isEmpty()) {
                    streamIds(partition).put(id, stream);
                }
            }
        });
    }

    @Override
    public synchronized long size(Collection<Integer> partitions) {
        return partitions.stream().mapToLong(p -> scores(p).size()).sum();
    }

    @Override
    public synchronized boolean isLoaded(int partition) {
        return loaded.contains(partition);
    }

    @Override
    public synchronized void markLoaded(int partition) {
        loaded.add(partition);
    }

    /** Last refresh of a broadcaster, or null when not active. */
    public synchronized Long lastRefresh(int partition, String broadcasterId) {
        return scores(partition).get(broadcasterId);
    }

    private Map<String, Long> scores(int partition) {
        return scores.computeIfAbsent(partition, p -> new HashMap<>());
    }

    private Map<String, String> streamIds(int partition) {
        return streamIds.computeIfAbsent(partition, p -> new HashMap<>());
    }
}
