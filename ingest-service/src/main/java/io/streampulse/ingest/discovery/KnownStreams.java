package io.streampulse.ingest.discovery;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Stream ids already discovered, shared by every replica (Redis in the service). Keyed by stream id, so a new
 * broadcast of a channel is a new stream. Each sighting keeps an id known for the TTL again.
 */
public interface KnownStreams {

    /**
     * Marks every id as seen and returns those that were not known before (now claimed by the caller, who must
     * publish them or {@link #forget} them). Atomic per id across replicas: two callers never both get one id.
     */
    CompletableFuture<Set<String>> claimNew(Collection<String> streamIds);

    /** Un-claims ids whose publication failed, so the next sighting tries again. */
    CompletableFuture<Void> forget(Collection<String> streamIds);
}
