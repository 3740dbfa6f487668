package io.streampulse.archive.it;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Records as ingest and refresh publish them, for one channel of a test, on yesterday's timeline (UTC). */
public final class Records {

    /** Yesterday 10:00 UTC: inside the snapshot retention, one whole day partition. */
    public static final Instant T = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);

    private final String channel;

    public Records(String channel) {
        this.channel = channel;
    }

    public static Instant at(int seconds) {
        return T.plusSeconds(seconds);
    }

    public String channel() {
        return channel;
    }

    public String login() {
        return "login_" + channel;
    }

    public StreamState stream(String streamId, int startedAt, int viewers, String gameId) {
        return new StreamState(streamId, channel, login(), "Name " + channel, gameId, "Game " + gameId,
            "title of " + streamId, List.of("English"), viewers, at(startedAt), "en", "live", "");
    }

    public StreamObserved live(int seconds, StreamState stream) {
        return StreamObserved.live(id(), at(seconds), stream);
    }

    public StreamObserved absent(int seconds) {
        return StreamObserved.absent(id(), at(seconds), channel);
    }

    public StreamWentOffline offline(int seconds) {
        return new StreamWentOffline(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel);
    }

    public ChannelFollowed follow(int seconds, String userId) {
        return new ChannelFollowed(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel, userId,
            "user_" + userId, "User " + userId, at(seconds));
    }

    public ChannelSubscribed subscribe(int seconds, String userId, String tier) {
        return new ChannelSubscribed(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel,
            userId, "user_" + userId, "User " + userId, tier, false);
    }

    public ChannelCheered cheer(int seconds, String userId, int bits) {
        boolean anonymous = userId == null;
        return new ChannelCheered(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel,
            anonymous, userId, anonymous ? null : "user_" + userId, anonymous ? null : "User " + userId, "Cheer" + bits,
            bits);
    }

    public ChannelRaided raidedBy(int seconds, String raiderId, int viewers) {
        return new ChannelRaided(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel, raiderId,
            "login_" + raiderId, "Name " + raiderId, channel, login(), "Name " + channel, viewers);
    }

    public ChannelUpdated update(int seconds, String title) {
        return new ChannelUpdated(id(), at(seconds), SchemaVersion.CURRENT, channel, login(), "Name " + channel, title,
            "en", "509658", "Just Chatting", List.of());
    }

    public static UserAuthorizationRevoked revoked(int seconds, String userId) {
        return new UserAuthorizationRevoked(id(), at(seconds), SchemaVersion.CURRENT, "streampulse-local", userId,
            "user_" + userId, "User " + userId);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
