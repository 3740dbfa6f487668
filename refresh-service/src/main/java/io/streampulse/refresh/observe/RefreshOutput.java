package io.streampulse.refresh.observe;

import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamObserved;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where refresh writes: twitch.streams.observations.v1 and the compacted twitch.streams.live.v1. */
public interface RefreshOutput {

    /** Sends the observations and live states; completes when the broker acknowledged all of them. */
    CompletableFuture<Void> publish(List<StreamObserved> observations, List<LiveStreamUpdated> live);

    /** Tombstones the broadcaster on twitch.streams.live.v1; completes when acknowledged. */
    CompletableFuture<Void> tombstone(String broadcasterId);
}
