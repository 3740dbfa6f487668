package io.streampulse.refresh.active;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The active set in Redis, per partition p ({@code prefix} default {@code streampulse:refresh:}):
 * {@code <prefix>active:<p>} sorted set, member broadcaster_id, score last refresh (epoch millis, 0 = never);
 * {@code <prefix>streams:<p>} hash broadcaster_id → stream id; {@code <prefix>loaded:<p>} marker set after the
 * partition was (re)built, so a flushed or restarted Redis shows as a missing marker. Every change that touches
 * two keys is one Lua script, so it is atomic.
 */
public final class RedisActiveSetStore implements ActiveSetStore {

    private static final long TIMEOUT_SECONDS = 10;

    private final Supplier<StatefulRedisConnection<String, String>> connections;
    private final String prefix;
    private final RedisScripts scripts;

    /** {@code connections} gives the shared connection (it may fail while Redis is down, and then is asked again). */
    public RedisActiveSetStore(Supplier<StatefulRedisConnection<String, String>> connections, String prefix) {
        this.connections = connections;
        this.prefix = prefix;
        this.scripts = RedisScripts.load();
    }

    @Override
    public CompletableFuture<Boolean> add(int partition, String broadcasterId, String streamId, long lastRefreshMillis) {
        RedisFuture<Long> added = connections.get().async().eval(scripts.add(), ScriptOutputType.INTEGER,
            new String[] {active(partition), streams(partition)}, broadcasterId, streamId,
            Long.toString(lastRefreshMillis));
        return added.toCompletableFuture().thenApply(n -> n != null && n == 1L);
    }

    @Override
    public void addAll(int partition, Collection<ActiveEntry> entries) {
        String[] keys = {active(partition), streams(partition)};
        List<RedisFuture<Long>> pending = new ArrayList<>();
        for (ActiveEntry e : entries) {
            pending.add(connections.get().async().eval(scripts.add(), ScriptOutputType.INTEGER, keys, e.broadcasterId(),
                e.streamId(), Long.toString(e.lastRefreshMillis())));
        }
        for (RedisFuture<Long> future : pending) {
            await(future);
        }
    }

    @Override
    public CompletableFuture<Boolean> end(int partition, String broadcasterId, String streamId) {
        RedisFuture<Long> removed = connections.get().async().eval(scripts.end(), ScriptOutputType.INTEGER,
            new String[] {active(partition), streams(partition)}, broadcasterId, streamId);
        return removed.toCompletableFuture().thenApply(n -> n != null && n == 1L);
    }

    @Override
    public List<ActiveStream> stalest(Collection<Integer> partitions, long refreshedAtMost, int limit) {
        Map<Integer, RedisFuture<List<ScoredValue<String>>>> reads = new java.util.TreeMap<>();
        for (int p : partitions) {
            reads.put(p, connections.get().async().zrangebyscoreWithScores(active(p),
                Range.create(Double.NEGATIVE_INFINITY, (double) refreshedAtMost), Limit.create(0, limit)));
        }
        List<ActiveStream> all = new ArrayList<>();
        reads.forEach((p, future) -> await(future).forEach(v ->
            all.add(new ActiveStream(p, v.getValue(), (long) v.getScore()))));
        all.sort(Comparator.comparingLong(ActiveStream::lastRefreshMillis).thenComparing(ActiveStream::broadcasterId));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    @Override
    public List<ActiveStream> claim(List<ActiveStream> candidates, long inFlightScore) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        String[] keys = candidates.stream().map(c -> active(c.partition())).toArray(String[]::new);
        String[] args = new String[candidates.size() * 2 + 1];
        args[0] = Long.toString(inFlightScore);
        for (int i = 0; i < candidates.size(); i++) {
            args[1 + 2 * i] = candidates.get(i).broadcasterId();
            args[2 + 2 * i] = Long.toString(candidates.get(i).lastRefreshMillis());
        }
        List<Long> claimed = redis().eval(scripts.claim(), ScriptOutputType.MULTI, keys, args);
        List<ActiveStream> result = new ArrayList<>(claimed.size());
        claimed.forEach(index -> result.add(candidates.get(index.intValue())));
        return result;
    }

    @Override
    public void release(List<ActiveStream> claimed) {
        for (ActiveStream s : claimed) {
            redis().zadd(active(s.partition()), io.lettuce.core.ZAddArgs.Builder.xx(),
                (double) s.lastRefreshMillis(), s.broadcasterId());
        }
    }

    @Override
    public void recordObserved(int partition, long observedAtMillis, Map<String, String> streamIdByBroadcaster) {
        if (streamIdByBroadcaster.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>();
        args.add(Long.toString(observedAtMillis));
        streamIdByBroadcaster.forEach((broadcaster, stream) -> {
            args.add(broadcaster);
            args.add(stream);
        });
        redis().eval(scripts.recordObserved(), ScriptOutputType.INTEGER,
            new String[] {active(partition), streams(partition)}, args.toArray(String[]::new));
    }

    @Override
    public long size(Collection<Integer> partitions) {
        long total = 0;
        for (int p : partitions) {
            total += redis().zcard(active(p));
        }
        return total;
    }

    @Override
    public boolean isLoaded(int partition) {
        return redis().exists(loaded(partition)) == 1L;
    }

    @Override
    public void markLoaded(int partition) {
        redis().set(loaded(partition), "1");
    }

    private RedisCommands<String, String> redis() {
        return connections.get().sync();
    }

    private String active(int partition) {
        return prefix + "active:" + partition;
    }

    private String streams(int partition) {
        return prefix + "streams:" + partition;
    }

    private String loaded(int partition) {
        return prefix + "loaded:" + partition;
    }

    private static <T> T await(RedisFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Redis", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Redis command failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Redis did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
