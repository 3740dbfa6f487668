package io.streampulse.ingest.discovery;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** {@link KnownStreams} in a set (one process, no TTL). */
public final class InMemoryKnownStreams implements KnownStreams {

    public final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public CompletableFuture<Set<String>> claimNew(Collection<String> streamIds) {
        Set<String> claimed = new HashSet<>();
        streamIds.forEach(id -> {
            if (ids.add(id)) {
                claimed.add(id);
            }
        });
        return CompletableFuture.completedFuture(claimed);
    }

    @Override
    public CompletableFuture<Void> forget(Collection<String> streamIds) {
        ids.removeAll(streamIds);
        return CompletableFuture.completedFuture(null);
    }
}
