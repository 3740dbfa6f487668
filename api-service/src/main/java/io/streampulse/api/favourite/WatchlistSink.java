package io.streampulse.api.favourite;

import io.streampulse.contracts.watchlist.ChannelWatched;
import java.util.concurrent.CompletableFuture;

/** Where watchlist records go (twitch.watchlist.v1); completes once the broker acknowledged the record. */
interface WatchlistSink {

    /** {@code value} null writes a tombstone: nobody watches the channel any more. */
    CompletableFuture<?> send(String broadcasterId, ChannelWatched value);
}
