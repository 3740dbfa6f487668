package io.streampulse.api.favourite;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.time.Instant;
import java.util.Optional;

/**
 * The twitch.watchlist.v1 record of a channel: {@link ChannelWatched} while anyone watches it, a tombstone (empty)
 * when nobody does. A broadcaster who granted the channel scopes counts as a watcher of their own channel (the grant
 * exists to get those events) and turns on {@code wants_authorized_events}.
 */
final class WatchlistDecision {

    private WatchlistDecision() {
    }

    static Optional<ChannelWatched> of(WatchState state, Instant now) {
        if (state.watchers() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ChannelWatched(EventIds.random(), now, SchemaVersion.CURRENT, state.broadcasterId(),
            state.login(), state.watchers(), state.channelGranted()));
    }
}
