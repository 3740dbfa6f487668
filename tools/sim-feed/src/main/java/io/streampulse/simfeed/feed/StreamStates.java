package io.streampulse.simfeed.feed;

import io.streampulse.contracts.stream.StreamState;
import io.streampulse.twitch.helix.HelixStream;

/** Helix Get Streams entries as the contracts' {@link StreamState}, field for field as refresh-service maps them. */
public final class StreamStates {

    private StreamStates() {
    }

    /** Helix's {@code user_*} fields are the broadcaster's; throws IllegalArgumentException for a broken entry. */
    public static StreamState of(HelixStream s) {
        return new StreamState(s.id(), s.userId(), s.userLogin(), s.userName(), s.gameId(), s.gameName(), s.title(),
            s.tags(), s.viewerCount(), s.startedAt(), s.language(), s.type(), s.thumbnailUrl());
    }
}
