package io.streampulse.ingest.discovery;

import io.streampulse.twitch.helix.HelixPage;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitch.helix.StreamsQuery;
import java.util.concurrent.CompletableFuture;

/** {@code GET /streams} at discovery priority ({@code HelixClient.withPriority(DISCOVERY)::getStreams}). */
@FunctionalInterface
public interface StreamsPager {

    CompletableFuture<HelixPage<HelixStream>> page(StreamsQuery query);
}
