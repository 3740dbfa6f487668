package io.streampulse.api.live;

import io.lettuce.core.api.sync.RedisCommands;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stats.LeaderboardEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the leaderboards aggregator-service keeps in Redis: {@code <prefix><board>:entries} (id -> entry JSON with
 * its rank) and {@code <prefix><board>:meta} (window and computation time). The entries hash is the source of the
 * order (its ranks break ties by id, which the sorted set's reverse order would not). Unreadable entries are skipped.
 */
final class Leaderboards {

    private static final JsonSerde<LeaderboardEntry> ENTRY = JsonSerde.of(LeaderboardEntry.class);

    /** One board: its entries ranked 1..n and the window the viewer counts come from (null when never written). */
    record Board(List<LeaderboardEntry> entries, Instant windowStart, Instant windowEnd, Instant computedAt) {
    }

    private final Supplier<RedisCommands<String, String>> redis;
    private final String prefix;

    Leaderboards(Supplier<RedisCommands<String, String>> redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /** The top {@code limit} of board {@code channels} or {@code games}. */
    Board top(String board, int limit) {
        RedisCommands<String, String> commands = redis.get();
        Map<String, String> entries = commands.hgetall(prefix + board + ":entries");
        Map<String, String> meta = commands.hgetall(prefix + board + ":meta");
        List<LeaderboardEntry> ranked = entries.values().stream()
            .map(json -> ENTRY.decode(json.getBytes(StandardCharsets.UTF_8)))
            .filter(Decoded::isValid)
            .map(decoded -> ((Decoded.Valid<LeaderboardEntry>) decoded).value())
            .sorted(Comparator.comparingInt(LeaderboardEntry::rank).thenComparing(LeaderboardEntry::id))
            .limit(limit)
            .toList();
        return new Board(ranked, time(meta, "window_start"), time(meta, "window_end"), time(meta, "computed_at"));
    }

    private static Instant time(Map<String, String> meta, String field) {
        String value = meta.get(field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
