package io.streampulse.contracts.watchlist;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * A channel at least one person watches, on the compacted twitch.watchlist.v1 keyed by broadcaster_id;
 * a tombstone (null value) means nobody watches it any more. {@code wants_authorized_events} asks ingest
 * to subscribe to the events that need the broadcaster's authorization (follow, subscribe, cheer).
 * Open to other systems: readers validate and dead-letter bad records.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelWatched(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    int watchers,
    boolean wantsAuthorizedEvents) implements Event {

    public ChannelWatched {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(broadcasterLogin, "broadcaster_login");
        Require.positive(watchers, "watchers");
    }

    @Override
    public String key() {
        return broadcasterId;
    }
}
