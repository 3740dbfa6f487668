package io.streampulse.ingest.discovery;

import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.twitch.helix.HelixStream;
import java.util.List;

/** A stream's first state, from Get Streams or (lacking that) from what stream.online tells. */
public final class StreamStates {

    private StreamStates() {
    }

    public static StreamState of(HelixStream s) {
        return new StreamState(s.id(), s.userId(), s.userLogin(), s.userName(), s.gameId(), s.gameName(), s.title(),
            s.tags(), s.viewerCount(), s.startedAt(), s.language(), s.type(), s.thumbnailUrl());
    }

    /** What stream.online knows: ids, names, type and start; no viewers (0), title, game, language or tags. */
    public static StreamState of(StreamWentOnline online) {
        return new StreamState(online.streamId(), online.broadcasterId(), online.broadcasterLogin(),
            online.broadcasterName(), "", "", "", List.of(), 0, online.startedAt(), "", online.type(), "");
    }
}
