package io.streampulse.api.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Counters in Redis: one atomic script per request (INCR, and PEXPIRE when the counter is new). */
final class RedisRateLimitStore implements RateLimitStore {

    private static final String INCREMENT = "local n = redis.call('INCR', KEYS[1])"
        + " if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

    private final Supplier<StatefulRedisConnection<String, String>> redis;
    private final String prefix;

    RedisRateLimitStore(Supplier<StatefulRedisConnection<String, String>> redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public CompletionStage<Long> increment(String key, Duration ttl) {
        return redis.get().async().<Long>eval(INCREMENT, ScriptOutputType.INTEGER, new String[] {prefix + key},
            Long.toString(ttl.toMillis()));
    }
}
