package io.streampulse.ingest.eventsub;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link ProcessedMessages} as one Redis key per message id ({@code <prefix>eventsub:msg:<id>}) with a TTL. */
public final class RedisProcessedMessages implements ProcessedMessages {

    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final Duration ttl;

    public RedisProcessedMessages(StatefulRedisConnection<String, String> redis, String keyPrefix, Duration ttl) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = keyPrefix + "eventsub:msg:";
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    @Override
    public CompletableFuture<Boolean> isProcessed(String messageId) {
        return redis.async().exists(prefix + messageId).toCompletableFuture().thenApply(count -> count > 0);
    }

    @Override
    public CompletableFuture<Void> markProcessed(String messageId) {
        return redis.async().set(prefix + messageId, "1", SetArgs.Builder.ex(ttl)).toCompletableFuture()
            .thenApply(ok -> null);
    }
}
