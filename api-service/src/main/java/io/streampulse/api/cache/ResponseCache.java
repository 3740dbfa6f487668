package io.streampulse.api.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two-level response cache: memory first (a hit never leaves the calling thread), then Redis for shared policies,
 * then the loader on the blocking executor. Concurrent misses of one key share one load (no stampede on the
 * database when an entry expires under load). Failed loads are not cached.
 */
public final class ResponseCache {

    /** Where an answer came from, for metrics. */
    public enum Outcome { LOCAL, SHARED, LOADED }

    private final LocalCache local;
    private final SharedCache shared;
    private final Executor loaders;
    private final Duration localTtl;
    private final Consumer<Outcome> outcomes;
    private final Map<String, CompletableFuture<CachedBody>> inFlight = new ConcurrentHashMap<>();

    ResponseCache(LocalCache local, SharedCache shared, Executor loaders, Duration localTtl,
                  Consumer<Outcome> outcomes) {
        this.local = local;
        this.shared = shared;
        this.loaders = loaders;
        this.localTtl = localTtl;
        this.outcomes = outcomes;
    }

    /** The body under {@code key}, from a cache level or from {@code loader} (which may throw). */
    public CompletableFuture<CachedBody> get(String key, CachePolicy policy, Supplier<byte[]> loader) {
        CachedBody hit = local.get(key);
        if (hit != null) {
            outcomes.accept(Outcome.LOCAL);
            return CompletableFuture.completedFuture(hit);
        }
        CompletableFuture<CachedBody> mine = new CompletableFuture<>();
        CompletableFuture<CachedBody> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        fill(key, policy, loader).whenComplete((body, error) -> {
            inFlight.remove(key, mine);
            if (error != null) {
                mine.completeExceptionally(error);
            } else {
                mine.complete(body);
            }
        });
        return mine;
    }

    private CompletableFuture<CachedBody> fill(String key, CachePolicy policy, Supplier<byte[]> loader) {
        if (!policy.shared()) {
            return load(key, policy, loader, policy.ttl());
        }
        Duration inMemory = policy.ttl().compareTo(localTtl) < 0 ? policy.ttl() : localTtl;
        return shared.get(key).toCompletableFuture()
            .exceptionally(error -> null)
            .thenCompose(bytes -> {
                if (bytes == null) {
                    return load(key, policy, loader, inMemory);
                }
                outcomes.accept(Outcome.SHARED);
                CachedBody body = CachedBody.of(bytes);
                local.put(key, body, inMemory);
                return CompletableFuture.completedFuture(body);
            });
    }

    private CompletableFuture<CachedBody> load(String key, CachePolicy policy, Supplier<byte[]> loader,
                                               Duration inMemory) {
        return CompletableFuture.supplyAsync(() -> {
            byte[] bytes = loader.get();
            outcomes.accept(Outcome.LOADED);
            CachedBody body = CachedBody.of(bytes);
            local.put(key, body, inMemory);
            if (policy.shared()) {
                shared.put(key, bytes, policy.ttl());
            }
            return body;
        }, loaders);
    }
}
