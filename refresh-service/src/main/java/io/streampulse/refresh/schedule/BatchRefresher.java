package io.streampulse.refresh.schedule;

import java.util.concurrent.CompletableFuture;

/** Refreshes one claimed batch (one Helix call and its records); completes when it is done or has failed. */
public interface BatchRefresher {

    CompletableFuture<Void> refresh(RefreshBatch batch);
}
