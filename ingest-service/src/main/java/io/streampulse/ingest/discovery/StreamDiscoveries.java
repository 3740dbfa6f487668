package io.streampulse.ingest.discovery;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.ingest.publish.EventPublisher;
import io.streampulse.ingest.publish.Publication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Publishes streams not seen before to twitch.streams.discovered.v1, once: ids are claimed in {@link KnownStreams}
 * first (shared by every replica), and un-claimed again when the publication fails, so nothing is lost. Sends are
 * made on {@code sendExecutor}, never on the Redis or HTTP client thread that completed the claim (a send may block
 * while Kafka is unreachable).
 */
public final class StreamDiscoveries {

    private final KnownStreams known;
    private final EventPublisher publisher;
    private final DiscoveryMetrics metrics;
    private final Clock clock;
    private final Executor sendExecutor;

    public StreamDiscoveries(KnownStreams known, EventPublisher publisher, DiscoveryMetrics metrics, Clock clock,
                             Executor sendExecutor) {
        this.known = known;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.sendExecutor = sendExecutor;
    }

    /** Claims and publishes the new streams among {@code seen}; completes with those published. */
    public CompletableFuture<List<StreamState>> discover(List<StreamState> seen, DiscoverySource source) {
        return known.claimNew(seen.stream().map(StreamState::streamId).toList())
            .thenCompose(claimed -> publishClaimed(seen.stream().filter(s -> claimed.contains(s.streamId()))
                .toList(), source, null));
    }

    /** Whether the id is new; if so it is now claimed and must be passed to {@link #publishClaimed}. */
    CompletableFuture<Boolean> claim(String streamId) {
        return known.claimNew(List.of(streamId)).thenApply(claimed -> claimed.contains(streamId));
    }

    /**
     * Publishes streams whose ids the caller claimed; on failure un-claims them and fails.
     *
     * @param eventId the event id to use (a Twitch message id) or null for a random one per stream
     */
    CompletableFuture<List<StreamState>> publishClaimed(List<StreamState> claimed, DiscoverySource source,
                                                         String eventId) {
        if (claimed.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Publication<?>> records = new ArrayList<>(claimed.size());
        for (StreamState state : claimed) {
            StreamDiscovered discovered = new StreamDiscovered(eventId == null ? EventIds.random() : eventId,
                clock.instant(), SchemaVersion.CURRENT, source, state);
            records.add(new Publication<>(Topics.STREAMS_DISCOVERED, discovered.key(), discovered));
        }
        return CompletableFuture.supplyAsync(() -> publisher.publish(records), sendExecutor)
            .thenCompose(sent -> sent)
            .handle((ok, error) -> error)
            .thenCompose(error -> {
                if (error == null) {
                    metrics.published(source, claimed.size());
                    return CompletableFuture.completedFuture(claimed);
                }
                List<String> ids = claimed.stream().map(StreamState::streamId).toList();
                return known.forget(ids).handle((ignored, forgetError) -> {
                    throw error instanceof CompletionException c ? c : new CompletionException(error);
                });
            });
    }
}
