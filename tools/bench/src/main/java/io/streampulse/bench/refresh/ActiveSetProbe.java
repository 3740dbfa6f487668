package io.streampulse.bench.refresh;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.streampulse.contracts.topic.Topics;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads refresh's active set in the bench's private Redis (default prefix {@code streampulse:refresh:}, one
 * sorted set and one marker per partition; see refresh-service/README.md). Read-only, except {@link #flushAll()}.
 */
final class ActiveSetProbe {

    static final String PREFIX = "streampulse:refresh:";
    private static final int PARTITIONS = Topics.STREAMS_DISCOVERED.partitions();

    private final RedisCommands<String, String> redis;

    ActiveSetProbe(StatefulRedisConnection<String, String> connection) {
        this.redis = connection.sync();
    }

    /** Streams in the active set, over all partitions. */
    long size() {
        long total = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            total += redis.zcard(PREFIX + "active:" + p);
        }
        return total;
    }

    /** Partitions whose "loaded" marker is present (12 when every set is there). */
    int markers() {
        int present = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            present += redis.exists(PREFIX + "loaded:" + p).intValue();
        }
        return present;
    }

    /** Every broadcaster in the active set. */
    Set<String> members() {
        Set<String> members = new HashSet<>();
        for (int p = 0; p < PARTITIONS; p++) {
            members.addAll(redis.zrange(PREFIX + "active:" + p, 0, -1));
        }
        return members;
    }

    /** Empties the whole private Redis: the active set, the markers and the shared rate budget. */
    void flushAll() {
        redis.flushall();
    }
}
