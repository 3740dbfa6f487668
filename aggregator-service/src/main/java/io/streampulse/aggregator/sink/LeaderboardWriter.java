package io.streampulse.aggregator.sink;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Property;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.LeaderboardEntry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each leaderboard to Redis, replacing the previous one atomically (MULTI/EXEC on the sink's own
 * connection, so no other command interleaves):
 * <ul>
 *   <li>{@code <prefix><board>}: sorted set, member = channel or game id, score = current viewers;</li>
 *   <li>{@code <prefix><board>:entries}: hash, id -> the entry as JSON (rank, id, login, name, viewer_count);</li>
 *   <li>{@code <prefix><board>:meta}: hash with window_start, window_end, computed_at, event_id.</li>
 * </ul>
 * The leaderboard topic has one partition and the topology publishes each board after the previous one, so
 * writing them in topic order leaves the latest; a replay from the start ends in the same state.
 */
@Singleton
class LeaderboardWriter {

    private static final JsonSerde<LeaderboardEntry> ENTRY_JSON = JsonSerde.of(LeaderboardEntry.class);

    private final RedisClient client;
    private final String prefix;
    private StatefulRedisConnection<String, String> connection;

    LeaderboardWriter(RedisClient client, @Property(name = "streampulse.aggregator.sink.redis-key-prefix") String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    synchronized void write(Collection<LeaderboardComputed> boards) {
        if (boards.isEmpty()) {
            return;
        }
        RedisCommands<String, String> redis = connection().sync();
        for (LeaderboardComputed board : boards) {
            write(redis, board);
        }
    }

    private void write(RedisCommands<String, String> redis, LeaderboardComputed board) {
        String ranking = prefix + board.key();
        redis.multi();
        redis.del(ranking, ranking + ":entries");
        if (!board.entries().isEmpty()) {
            redis.zadd(ranking, board.entries().stream()
                .map(entry -> ScoredValue.just((double) entry.viewerCount(), entry.id()))
                .toArray(ScoredValue[]::new));
            Map<String, String> entries = new LinkedHashMap<>();
            board.entries().forEach(entry -> entries.put(entry.id(),
                new String(ENTRY_JSON.encode(entry), StandardCharsets.UTF_8)));
            redis.hset(ranking + ":entries", entries);
        }
        redis.hset(ranking + ":meta", Map.of("window_start", board.windowStart().toString(),
            "window_end", board.windowEnd().toString(), "computed_at", board.occurredAt().toString(),
            "event_id", board.eventId()));
        TransactionResult result = redis.exec();
        if (result.wasDiscarded()) {
            throw new IllegalStateException("Redis discarded the transaction writing " + ranking);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        if (connection == null || !connection.isOpen()) {
            connection = client.connect();
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
