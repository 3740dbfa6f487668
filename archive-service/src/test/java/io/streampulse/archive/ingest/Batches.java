package io.streampulse.archive.ingest;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records of the archive topics with their sources, for the tests of the ingest package. */
final class Batches {

    static final String OBSERVATIONS = "twitch.streams.observations.v1";
    static final String LIFECYCLE = "twitch.streams.lifecycle.v1";
    static final String REVOKED = "twitch.users.revoked.v1";
    static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");

    private Batches() {
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static Source source(String topic, int partition, long offset, String key) {
        return new Source(topic, partition, offset, key, ("record " + offset).getBytes(StandardCharsets.UTF_8));
    }

    static StreamState stream(String channel, String streamId, int viewers) {
        return new StreamState(streamId, channel, "login_" + channel, "Name " + channel, "509658", "Just Chatting",
            "title", List.of("English"), viewers, T0, "en", "live", "");
    }

    static StreamObserved live(String channel, String streamId, int seconds) {
        return StreamObserved.live(UUID.randomUUID().toString(), at(seconds), stream(channel, streamId, 10));
    }

    static StreamObserved absent(String channel, int seconds) {
        return StreamObserved.absent(UUID.randomUUID().toString(), at(seconds), channel);
    }

    static StreamWentOffline offline(String channel, int seconds) {
        return new StreamWentOffline(UUID.randomUUID().toString(), at(seconds), SchemaVersion.CURRENT, channel,
            "login_" + channel, "Name " + channel);
    }

    static UserAuthorizationRevoked revoked(String userId, int seconds) {
        return new UserAuthorizationRevoked(UUID.randomUUID().toString(), at(seconds), SchemaVersion.CURRENT,
            "client", userId, "user_" + userId, "User " + userId);
    }
}
