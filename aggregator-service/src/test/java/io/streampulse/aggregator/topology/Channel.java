package io.streampulse.aggregator.topology;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.time.Instant;
import java.util.List;

/**
 * A scripted channel: builds its observations and stream ends as the refresh and archive services would. Its
 * stream's Twitch {@code started_at} is {@link #STARTED} (long before any observation: a full lead-in) unless set.
 */
record Channel(String broadcasterId, String login, String name, String streamId, List<String> tags,
               Instant startedAt) {

    static final Instant STARTED = Instant.parse("2024-04-30T20:00:00Z");

    Channel(String broadcasterId, String login, String name, String streamId, List<String> tags) {
        this(broadcasterId, login, name, streamId, tags, STARTED);
    }

    /** Another stream of the channel (started at the same time unless set with {@link #startedAt(String)}). */
    Channel streaming(String otherStreamId) {
        return new Channel(broadcasterId, login, name, otherStreamId, tags, startedAt);
    }

    /** The channel whose stream Twitch says started at {@code at}. */
    Channel startedAt(String at) {
        return new Channel(broadcasterId, login, name, streamId, tags, Instant.parse(at));
    }

    StreamObserved live(String at, Game game, int viewers) {
        return live(Instant.parse(at), game, viewers);
    }

    StreamObserved live(Instant at, Game game, int viewers) {
        StreamState state = new StreamState(streamId, broadcasterId, login, name, game.id(), game.name(), "a title",
            tags, viewers, startedAt, "en", "live", "");
        return StreamObserved.live(EventIds.random(), at, state);
    }

    StreamObserved absent(String at) {
        return StreamObserved.absent(EventIds.random(), Instant.parse(at), broadcasterId);
    }

    StreamEnded ended(String at, String lastLive) {
        return new StreamEnded(EventIds.random(), Instant.parse(at), 1, streamId, broadcasterId, login, name, startedAt,
            Instant.parse(lastLive), 0, 0, 0, 0, List.of(), List.of(), tags, "en", EndReason.ABSENT_GRACE, 0);
    }

    /** A Twitch category. */
    record Game(String id, String name) {
    }
}
