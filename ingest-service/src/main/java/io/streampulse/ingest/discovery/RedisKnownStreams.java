package io.streampulse.ingest.discovery;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@link KnownStreams} as one Redis key per stream id ({@code <prefix>stream:<id>}) with a TTL: one script call
 * per page of streams sets the unknown ones (SET NX EX) and refreshes the TTL of the known ones.
 */
public final class RedisKnownStreams implements KnownStreams {

    private static final String CLAIM = """
        local claimed = {}
        for i, key in ipairs(KEYS) do
          if redis.call('SET', key, '1', 'NX', 'EX', ARGV[1]) then
            claimed[#claimed + 1] = i
          else
            redis.call('EXPIRE', key, ARGV[1])
          end
        end
        return claimed
        """;

    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final String ttlSeconds;

    public RedisKnownStreams(StatefulRedisConnection<String, String> redis, String keyPrefix, Duration ttl) {
        this.redis = redis;
        this.prefix = keyPrefix + "stream:";
        this.ttlSeconds = Long.toString(Math.max(1, ttl.toSeconds()));
    }

    @Override
    public CompletableFuture<Set<String>> claimNew(Collection<String> streamIds) {
        if (streamIds.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        List<String> ids = List.copyOf(streamIds);
        String[] keys = ids.stream().map(id -> prefix + id).toArray(String[]::new);
        return redis.async().<List<Long>>eval(CLAIM, ScriptOutputType.MULTI, keys, ttlSeconds).toCompletableFuture()
            .thenApply(indexes -> {
                Set<String> claimed = new HashSet<>();
                indexes.forEach(i -> claimed.add(ids.get(i.intValue() - 1)));
                return claimed;
            });
    }

    @Override
    public CompletableFuture<Void> forget(Collection<String> streamIds) {
        if (streamIds.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String[] keys = streamIds.stream().map(id -> prefix + id).toArray(String[]::new);
        return redis.async().del(keys).toCompletableFuture().thenApply(count -> null);
    }
}
