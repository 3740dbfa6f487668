package io.streampulse.api.channel;

import io.streampulse.api.http.ProblemException;
import io.streampulse.api.live.LiveIndex;
import io.streampulse.api.live.LiveStream;
import io.streampulse.api.readmodel.ReadModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Resolves a login (already validated and lower-cased) to its channel: archive.channels (the latest holder of the
 * login, along index {@code channels_by_login (lower(broadcaster_login), last_seen_at DESC)}), else the live index (a channel live now that archive has not seen yet). Resolutions are remembered for a
 * minute, misses for a few seconds, so a burst of requests for one channel (or for unknown logins) costs one query.
 */
public final class ChannelDirectory {

    private static final String BY_LOGIN = "select broadcaster_id, broadcaster_login, broadcaster_name, first_seen_at,"
        + " last_seen_at from archive.channels where lower(broadcaster_login) = lower(?)"
        + " order by last_seen_at desc limit 1";
    private static final long HIT_TTL = Duration.ofMinutes(1).toNanos();
    private static final long MISS_TTL = Duration.ofSeconds(5).toNanos();
    private static final int MAX_REMEMBERED = 20_000;

    private record Remembered(Optional<Channel> channel, long expiresAt) {
    }

    private final ReadModel db;
    private final LiveIndex live;
    private final LongSupplier nanoTime;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public ChannelDirectory(ReadModel db, LiveIndex live, LongSupplier nanoTime) {
        this.db = db;
        this.live = live;
        this.nanoTime = nanoTime;
    }

    /** The channel of {@code login}, or a 404 problem. */
    public Channel resolve(String login) {
        return find(login).orElseThrow(() -> ProblemException.notFound("No channel with this login is known."));
    }

    Optional<Channel> find(String login) {
        long now = nanoTime.getAsLong();
        Remembered known = remembered.get(login);
        if (known != null && now - known.expiresAt < 0) {
            return known.channel();
        }
        Optional<Channel> channel = db.first(BY_LOGIN, List.of(login), row -> new Channel(
            row.getString("broadcaster_id"), row.getString("broadcaster_login"), row.getString("broadcaster_name"),
            ReadModel.instant(row, "first_seen_at"), ReadModel.instant(row, "last_seen_at")));
        if (channel.isEmpty()) {
            channel = live.byLogin(login).map(ChannelDirectory::fromLive);
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(login, new Remembered(channel, now + (channel.isPresent() ? HIT_TTL : MISS_TTL)));
        return channel;
    }

    private static Channel fromLive(LiveStream stream) {
        return new Channel(stream.broadcasterId(), stream.broadcasterLogin(), stream.broadcasterName(), null, null);
    }
}
