package io.streampulse.api.cache;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared level in Redis: {@code <prefix><key>} holds the body bytes with a PX expiry. Its own binary connection,
 * opened asynchronously (never blocking a request thread) and reopened after a failure; a GET that takes longer
 * than {@value #GET_TIMEOUT_MS} ms counts as a miss, so a slow Redis costs a database query, not an outage.
 */
final class RedisSharedCache implements SharedCache, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSharedCache.class);
    private static final long GET_TIMEOUT_MS = 250;
    private static final long RECONNECT_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final RedisURI uri;
    private final String prefix;
    private CompletableFuture<StatefulRedisConnection<String, byte[]>> connection;
    private long lastAttempt;

    RedisSharedCache(RedisClient client, String uri, String prefix) {
        this.client = client;
        this.uri = RedisURI.create(uri);
        this.prefix = prefix;
    }

    @Override
    public CompletionStage<byte[]> get(String key) {
        return connection()
            .thenCompose(redis -> redis.async().get(prefix + key))
            .toCompletableFuture()
            .orTimeout(GET_TIMEOUT_MS, TimeUnit.MILLISECONDS)
            .exceptionally(error -> {
                LOG.debug("Response cache read failed, treating it as a miss: {}", error.toString());
                return null;
            });
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        connection()
            .thenCompose(redis -> redis.async().set(prefix + key, value, SetArgs.Builder.px(ttl.toMillis())))
            .exceptionally(error -> {
                LOG.debug("Response cache write failed: {}", error.toString());
                return null;
            });
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, byte[]>> connection() {
        boolean failed = connection != null && connection.isCompletedExceptionally();
        if (connection == null || failed && System.nanoTime() - lastAttempt > RECONNECT_PAUSE_NANOS) {
            lastAttempt = System.nanoTime();
            connection = client.connectAsync(CODEC, uri).toCompletableFuture();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null && connection.isDone() && !connection.isCompletedExceptionally()) {
            connection.join().close();
        }
    }
}
