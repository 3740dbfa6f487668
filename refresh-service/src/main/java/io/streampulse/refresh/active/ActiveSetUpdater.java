package io.streampulse.refresh.active;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.refresh.observe.RefreshOutput;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps the active set in step with the input topics. A stream enters on twitch.streams.discovered.v1 or an
 * EventSub stream.online; it leaves only on twitch.streams.ended.v1 (archive decides the end: a
 * stream.offline changes nothing here, the next refreshes observe the stream ABSENT and archive ends it).
 * The returned futures complete once every effect (Redis and Kafka) is done.
 */
public final class ActiveSetUpdater {

    private final ActiveSetStore store;
    private final RefreshOutput output;
    private final Clock clock;

    public ActiveSetUpdater(ActiveSetStore store, RefreshOutput output, Clock clock) {
        this.store = store;
        this.output = output;
        this.clock = clock;
    }

    /**
     * A new stream is due once its discovered state is an interval old; its first state goes to
     * twitch.streams.live.v1 at once, so a rebuild after a Redis flush finds it even before its first refresh.
     */
    public CompletableFuture<Void> discovered(int partition, StreamDiscovered event) {
        long seenAt = Math.min(event.occurredAt().toEpochMilli(), clock.millis());
        boolean added = store.add(partition, event.stream().broadcasterId(), event.stream().streamId(), seenAt);
        if (!added) {
            return CompletableFuture.completedFuture(null);
        }
        LiveStreamUpdated first = new LiveStreamUpdated(EventIds.random(), event.occurredAt(), SchemaVersion.CURRENT,
            event.stream(), event.occurredAt());
        return output.publish(List.of(), List.of(first));
    }

    /** stream.online adds the broadcaster, due at once (no state yet); stream.offline changes nothing. */
    public CompletableFuture<Void> lifecycle(int partition, StreamLifecycleEvent event) {
        return event.accept(new StreamLifecycleEvent.Visitor<>() {
            @Override
            public CompletableFuture<Void> online(StreamWentOnline online) {
                store.add(partition, online.broadcasterId(), online.streamId(), ActiveStream.NEVER);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> offline(StreamWentOffline offline) {
                return CompletableFuture.completedFuture(null);
            }
        });
    }

    /** Removes the stream and tombstones its live state, unless the broadcaster already streams again. */
    public CompletableFuture<Void> ended(int partition, StreamEnded event) {
        if (!store.end(partition, event.broadcasterId(), event.streamId())) {
            return CompletableFuture.completedFuture(null);
        }
        return output.tombstone(event.broadcasterId());
    }
}
