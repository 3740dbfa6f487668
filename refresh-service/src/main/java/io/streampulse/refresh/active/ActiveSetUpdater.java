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
import java.util.concurrent.Executor;

/**
 * Keeps the active set in step with the input topics. A stream enters on twitch.streams.discovered.v1 or an
 * EventSub stream.online; it leaves only on twitch.streams.ended.v1 (archive decides the end: a
 * stream.offline changes nothing here, the next refreshes observe the stream ABSENT and archive ends it).
 * The returned futures complete once every effect (Redis and Kafka) is done. The Redis changes are asynchronous
 * (a poll of records is pipelined, not one round trip per record); what follows them on Kafka runs on
 * {@code effects}, which must run tasks one at a time in the order given (a single thread), so the live topic
 * gets a broadcaster's first state and its tombstone in the order of the input records.
 */
public final class ActiveSetUpdater {

    private final ActiveSetStore store;
    private final RefreshOutput output;
    private final Clock clock;
    private final Executor effects;

    public ActiveSetUpdater(ActiveSetStore store, RefreshOutput output, Clock clock, Executor effects) {
        this.store = store;
        this.output = output;
        this.clock = clock;
        this.effects = effects;
    }

    /**
     * A new stream is due once its discovered state is an interval old; its first state goes to
     * twitch.streams.live.v1 at once, so a rebuild after a Redis flush finds it even before its first refresh.
     */
    public CompletableFuture<Void> discovered(int partition, StreamDiscovered event) {
        long seenAt = Math.min(event.occurredAt().toEpochMilli(), clock.millis());
        return store.add(partition, event.stream().broadcasterId(), event.stream().streamId(), seenAt)
            .thenComposeAsync(added -> {
                if (!added) {
                    return CompletableFuture.<Void>completedFuture(null);
                }
                LiveStreamUpdated first = new LiveStreamUpdated(EventIds.random(), event.occurredAt(),
                    SchemaVersion.CURRENT, event.stream(), event.occurredAt());
                return output.publish(List.of(), List.of(first));
            }, effects);
    }

    /** stream.online adds the broadcaster, due at once (no state yet); stream.offline changes nothing. */
    public CompletableFuture<Void> lifecycle(int partition, StreamLifecycleEvent event) {
        return event.accept(new StreamLifecycleEvent.Visitor<>() {
            @Override
            public CompletableFuture<Void> online(StreamWentOnline online) {
                return store.add(partition, online.broadcasterId(), online.streamId(), ActiveStream.NEVER)
                    .thenApply(added -> null);
            }

            @Override
            public CompletableFuture<Void> offline(StreamWentOffline offline) {
                return CompletableFuture.completedFuture(null);
            }
        });
    }

    /** Removes the stream and tombstones its live state, unless the broadcaster already streams again. */
    public CompletableFuture<Void> ended(int partition, StreamEnded event) {
        return store.end(partition, event.broadcasterId(), event.streamId())
            .thenComposeAsync(removed -> removed ? output.tombstone(event.broadcasterId())
                : CompletableFuture.<Void>completedFuture(null), effects);
    }
}
