package io.streampulse.ingest.discovery;

import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.twitch.helix.StreamsQuery;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream.online is also a discovery when the stream is not known yet. Runs after the webhook answered (the
 * lifecycle record is already stored, so nothing waits on Helix): claims the stream id, asks Get Streams for the
 * stream's full first state at discovery priority within {@code lookupTimeout}, and publishes it with source
 * EVENTSUB and the Twitch message id as event id. Without an answer in time (budget exhausted, Twitch slow, the
 * stream not listed yet) the first state is what the event tells ({@link StreamStates#of(StreamWentOnline)}).
 * If publishing fails the claim is dropped and the next sweep discovers the stream.
 */
public final class OnlineStreamDiscovery implements Consumer<StreamWentOnline> {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineStreamDiscovery.class);

    private final StreamDiscoveries discoveries;
    private final StreamsPager streams;
    private final Duration lookupTimeout;
    private final DiscoveryMetrics metrics;

    public OnlineStreamDiscovery(StreamDiscoveries discoveries, StreamsPager streams, Duration lookupTimeout,
                                 DiscoveryMetrics metrics) {
        this.discoveries = discoveries;
        this.streams = streams;
        this.lookupTimeout = lookupTimeout;
        this.metrics = metrics;
    }

    @Override
    public void accept(StreamWentOnline online) {
        discover(online).whenComplete((published, error) -> {
            if (error != null) {
                LOG.warn("Could not publish the discovery of stream {} of {}: {}", online.streamId(),
                    online.broadcasterId(), error.toString());
            }
        });
    }

    /** Completes with the state published, or empty when the stream was known already. */
    public CompletableFuture<Optional<StreamState>> discover(StreamWentOnline online) {
        return discoveries.claim(online.streamId()).thenCompose(isNew -> {
            if (!isNew) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            return firstState(online)
                .thenCompose(state -> discoveries.publishClaimed(List.of(state), DiscoverySource.EVENTSUB,
                    online.eventId()))
                .thenApply(published -> published.stream().findFirst());
        });
    }

    private CompletableFuture<StreamState> firstState(StreamWentOnline online) {
        CompletableFuture<StreamState> lookup;
        try {
            lookup = streams.page(StreamsQuery.byUserIds(List.of(online.broadcasterId())))
                .thenApply(page -> page.data().stream().filter(s -> s.id().equals(online.streamId())).findFirst()
                    .map(StreamStates::of).orElse(null));
        } catch (RuntimeException e) {
            lookup = CompletableFuture.failedFuture(e);
        }
        return lookup.orTimeout(lookupTimeout.toMillis(), TimeUnit.MILLISECONDS).handle((state, error) -> {
            String outcome = error != null ? "failed" : state == null ? "not_listed" : "found";
            metrics.onlineLookup(outcome);
            return state != null ? state : StreamStates.of(online);
        });
    }
}
