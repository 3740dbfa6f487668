package io.streampulse.ingest.sweep;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/**
 * {@link SplitLeases} as one Redis key per cycle and split ({@code <prefix>sweep:lease:<cycle>:<split>}) holding the
 * owner's id with a PX expiry ({@code SET NX PX}), renewed and finished only by its owner (compare-and-set scripts),
 * and holding {@code done} until two intervals after the cycle once finished.
 */
public final class RedisSplitLeases implements SplitLeases {

    private static final String RENEW = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;
    private static final String COMPLETE = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
          return 1
        end
        return 0
        """;
    private static final String RELEASE = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final String owner;
    private final Duration lease;
    private final Duration doneFor;

    /**
     * @param owner   this replica's id (unique per process)
     * @param lease   expiry of an unrenewed lease
     * @param doneFor how long a finished split stays done (longer than a cycle)
     */
    public RedisSplitLeases(StatefulRedisConnection<String, String> redis, String keyPrefix, String owner,
                            Duration lease, Duration doneFor) {
        this.redis = redis;
        this.prefix = keyPrefix + "sweep:lease:";
        this.owner = owner;
        this.lease = lease;
        this.doneFor = doneFor;
    }

    @Override
    public boolean tryAcquire(String cycle, String splitId) {
        return "OK".equals(redis.sync().set(key(cycle, splitId), owner, SetArgs.Builder.nx().px(lease)));
    }

    @Override
    public boolean renew(String cycle, String splitId) {
        return script(RENEW, cycle, splitId, lease) == 1L;
    }

    @Override
    public void complete(String cycle, String splitId) {
        script(COMPLETE, cycle, splitId, doneFor);
    }

    @Override
    public void release(String cycle, String splitId) {
        script(RELEASE, cycle, splitId, lease);
    }

    private Long script(String script, String cycle, String splitId, Duration millis) {
        return redis.sync().eval(script, ScriptOutputType.INTEGER, new String[] {key(cycle, splitId)}, owner,
            Long.toString(millis.toMillis()));
    }

    private String key(String cycle, String splitId) {
        return prefix + cycle + ":" + splitId;
    }
}
