package io.streampulse.refresh.observe;

import io.streampulse.refresh.active.ActiveSetStore;
import io.streampulse.refresh.active.ActiveStream;
import io.streampulse.refresh.schedule.BatchRefresher;
import io.streampulse.refresh.schedule.RefreshBatch;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.StreamsQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One refresh call: Get Streams for the batch (the client waits for a point of the shared budget: at REFRESH
 * priority for an urgent batch, else at DISCOVERY priority, leaving the reserve to discovery sweeps), then one
 * observation per requested stream and the live states, then the new refresh times in the store. When the call or
 * the publishing fails, the streams get their old refresh time back, so they stay the stalest and go first next
 * time.
 */
public final class HelixBatchRefresher implements BatchRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(HelixBatchRefresher.class);

    private final HelixClient urgent;
    private final HelixClient yielding;
    private final ActiveSetStore store;
    private final RefreshOutput output;
    private final RefreshMetrics metrics;
    private final Clock clock;
    private final Executor work;

    public HelixBatchRefresher(HelixClient helix, ActiveSetStore store, RefreshOutput output, RefreshMetrics metrics,
                               Clock clock, Executor work) {
        this.urgent = helix.withPriority(Priority.REFRESH);
        this.yielding = helix.withPriority(Priority.DISCOVERY);
        this.store = store;
        this.output = output;
        this.metrics = metrics;
        this.clock = clock;
        this.work = work;
    }

    @Override
    public CompletableFuture<Void> refresh(RefreshBatch batch) {
        List<String> ids = batch.broadcasterIds();
        return (batch.urgent() ? urgent : yielding).getStreams(StreamsQuery.byUserIds(ids))
            .thenApply(page -> ObservationBuilder.build(ids, page.data(), clock.instant()))
            .thenComposeAsync(observations -> publish(batch, observations), work)
            .whenComplete((ok, error) -> {
                if (error != null) {
                    failed(batch, error);
                }
            });
    }

    private CompletableFuture<Void> publish(RefreshBatch batch, Observations observations) {
        metrics.callSucceeded(batch.streams().size());
        metrics.observed(observations);
        if (!observations.unreadable().isEmpty()) {
            LOG.warn("Helix answered {} unreadable streams, left out: {}", observations.unreadable().size(),
                observations.unreadable());
        }
        return output.publish(observations.observations(), observations.live())
            .thenRunAsync(() -> recordObserved(batch, observations), work);
    }

    private void recordObserved(RefreshBatch batch, Observations observations) {
        Map<String, StreamObserved> byBroadcaster = new HashMap<>();
        observations.observations().forEach(o -> byBroadcaster.put(o.broadcasterId(), o));
        Map<Integer, Map<String, String>> byPartition = new HashMap<>();
        Instant observedAt = observations.observations().get(0).occurredAt();
        for (ActiveStream s : batch.streams()) {
            StreamObserved o = byBroadcaster.get(s.broadcasterId());
            byPartition.computeIfAbsent(s.partition(), p -> new HashMap<>())
                .put(s.broadcasterId(), o.stream() == null ? "" : o.stream().streamId());
            if (s.lastRefreshMillis() != ActiveStream.NEVER) {
                metrics.staleness(Duration.ofMillis(Math.max(0, observedAt.toEpochMilli() - s.lastRefreshMillis())));
            }
        }
        byPartition.forEach((p, streamIds) -> store.recordObserved(p, observedAt.toEpochMilli(), streamIds));
    }

    private void failed(RefreshBatch batch, Throwable error) {
        metrics.callFailed();
        LOG.warn("Refresh of {} streams failed, they stay due: {}", batch.streams().size(), error.toString());
        try {
            store.release(batch.streams());
        } catch (RuntimeException e) {
            LOG.warn("Could not give {} streams their refresh time back: {}", batch.streams().size(), e.toString());
        }
    }
}
