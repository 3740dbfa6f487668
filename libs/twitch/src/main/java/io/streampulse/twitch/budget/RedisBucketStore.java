package io.streampulse.twitch.budget;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The bucket in Redis; every operation is one atomic run of token-bucket.lua (EVALSHA, EVAL on NOSCRIPT). */
final class RedisBucketStore implements BucketStore {

    static final String SCRIPT = loadScript();
    private static final String SCRIPT_SHA = sha1(SCRIPT);
    private static final long KEY_TTL_MILLIS = 600_000;

    private final StatefulRedisConnection<String, String> connection;
    private final AutoCloseable owned;
    private final String[] keys;
    private final BudgetSettings settings;

    /** @param owned closed with the store (the client the connection came from), or null */
    RedisBucketStore(StatefulRedisConnection<String, String> connection, AutoCloseable owned, BudgetSettings settings) {
        this.connection = connection;
        this.owned = owned;
        this.keys = new String[] {settings.redisKey()};
        this.settings = settings;
    }

    @Override
    public CompletableFuture<TakeDecision> tryTake(int points, long floor) {
        return run("take", points, floor).thenApply(r -> new TakeDecision(asLong(r.get(0)) == 1, asLong(r.get(1)),
                asDouble(r.get(2))));
    }

    @Override
    public CompletableFuture<BudgetSnapshot> correct(long remaining, long limit) {
        return run("correct", remaining, limit).thenApply(RedisBucketStore::snapshotOf);
    }

    @Override
    public CompletableFuture<BudgetSnapshot> block(long waitMillis) {
        return run("block", waitMillis, 0).thenApply(RedisBucketStore::snapshotOf);
    }

    @Override
    public CompletableFuture<BudgetSnapshot> snapshot() {
        return run("peek", 0, 0).thenApply(RedisBucketStore::snapshotOf);
    }

    @Override
    public void close() {
        if (owned != null) {
            connection.close();
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing Redis client failed", e);
            }
        }
    }

    private CompletableFuture<List<Object>> run(String op, long a, long b) {
        String[] args = {op, Integer.toString(settings.limitPerMinute()), Long.toString(a), Long.toString(b),
                Integer.toString(settings.initialTokens()), Long.toString(KEY_TTL_MILLIS),
                Integer.toString(settings.inFlightAllowance())};
        RedisAsyncCommands<String, String> redis = connection.async();
        CompletableFuture<List<Object>> bySha = redis.<List<Object>>evalsha(SCRIPT_SHA, ScriptOutputType.MULTI, keys, args)
                .toCompletableFuture();
        return bySha.handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(result);
            }
            if (unwrap(error) instanceof RedisNoScriptException) {
                return redis.<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, keys, args).toCompletableFuture();
            }
            return CompletableFuture.<List<Object>>failedFuture(unwrap(error));
        }).thenCompose(f -> f);
    }

    private static BudgetSnapshot snapshotOf(List<Object> r) {
        return new BudgetSnapshot(asDouble(r.get(2)), (long) asDouble(r.get(3)), asLong(r.get(4)));
    }

    private static long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : Long.parseLong(o.toString());
    }

    private static double asDouble(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.parseDouble(o.toString());
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static String loadScript() {
        try (InputStream in = RedisBucketStore.class.getResourceAsStream("token-bucket.lua")) {
            if (in == null) {
                throw new IllegalStateException("token-bucket.lua missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
