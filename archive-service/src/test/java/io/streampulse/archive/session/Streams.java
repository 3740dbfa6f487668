package io.streampulse.archive.session;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scripted observations and lifecycle events of one channel, for the end-detection tests. */
final class Streams {

    static final String CHANNEL = "98765";
    static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");

    private Streams() {
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static StreamState state(String streamId, int viewers, String gameId, String title) {
        return state(streamId, viewers, gameId, title, T0);
    }

    static StreamState state(String streamId, int viewers, String gameId, String title, Instant startedAt) {
        return new StreamState(streamId, CHANNEL, "sandysanderman", "SandySanderman", gameId, "Game " + gameId,
            title, List.of("English"), viewers, startedAt, "en", "live", "");
    }

    static StreamObserved live(int seconds, String streamId, int viewers) {
        return live(seconds, state(streamId, viewers, "494131", "title"));
    }

    static StreamObserved live(int seconds, StreamState state) {
        return StreamObserved.live(UUID.randomUUID().toString(), at(seconds), state);
    }

    static StreamObserved absent(int seconds) {
        return StreamObserved.absent(UUID.randomUUID().toString(), at(seconds), CHANNEL);
    }

    static StreamWentOffline offline(int seconds) {
        return new StreamWentOffline(UUID.randomUUID().toString(), at(seconds), SchemaVersion.CURRENT, CHANNEL,
            "sandysanderman", "SandySanderman");
    }

    static StreamWentOnline online(int seconds, String streamId) {
        return new StreamWentOnline(UUID.randomUUID().toString(), at(seconds), SchemaVersion.CURRENT, streamId,
            CHANNEL, "sandysanderman", "SandySanderman", "live", at(seconds));
    }
}
