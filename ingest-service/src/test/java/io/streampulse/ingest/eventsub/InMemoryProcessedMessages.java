package io.streampulse.ingest.eventsub;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedMessages} in a set (one process, no TTL). */
final class InMemoryProcessedMessages implements ProcessedMessages {

    final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public CompletableFuture<Boolean> isProcessed(String messageId) {
        return CompletableFuture.completedFuture(ids.contains(messageId));
    }

    @Override
    public CompletableFuture<Void> markProcessed(String messageId) {
        ids.add(messageId);
        return CompletableFuture.completedFuture(null);
    }
}
