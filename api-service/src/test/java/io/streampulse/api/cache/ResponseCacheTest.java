package io.streampulse.api.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private static final CachePolicy SHARED = new CachePolicy("history", Duration.ofSeconds(60), true);
    private static final CachePolicy LOCAL = new CachePolicy("live", Duration.ofSeconds(2), false);

    private final AtomicLong now = new AtomicLong();
    private final FakeShared shared = new FakeShared();
    private final List<ResponseCache.Outcome> outcomes = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor direct = Runnable::run;
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void loadsOnceThenServesFromMemory() {
        // Given an empty cache
        ResponseCache cache = cache(direct);

        // When the same key is asked twice
        CachedBody first = cache.get("k", SHARED, this::load).join();
        CachedBody second = cache.get("k", SHARED, this::load).join();

        // Then it was loaded once, written to Redis with the policy's TTL, and the second answer came from memory
        assertThat(loads).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(first.etag()).isEqualTo(ETags.of(first.bytes()));
        assertThat(shared.ttls).containsEntry("k", Duration.ofSeconds(60));
        assertThat(outcomes).containsExactly(ResponseCache.Outcome.LOADED, ResponseCache.Outcome.LOCAL);
    }

    @Test
    void anotherReplicasAnswerComesFromRedisWithTheSameETag() {
        // Given Redis holds the body another replica loaded
        byte[] body = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
        shared.values.put("k", body);
        ResponseCache cache = cache(direct);

        // When this replica is asked
        CachedBody answer = cache.get("k", SHARED, this::load).join();

        // Then it serves Redis's bytes, tagged as the other replica tagged them, without loading
        assertThat(answer.bytes()).isEqualTo(body);
        assertThat(answer.etag()).isEqualTo(ETags.of(body));
        assertThat(loads).hasValue(0);
        assertThat(outcomes).containsExactly(ResponseCache.Outcome.SHARED);
    }

    @Test
    void memoryKeepsSharedAnswersOnlyForTheLocalTtl() {
        // Given an answer loaded under a 60 s policy with a 1 s local TTL
        ResponseCache cache = cache(direct);
        cache.get("k", SHARED, this::load).join();

        // When 1 s passes
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        cache.get("k", SHARED, this::load).join();

        // Then the next answer is read from Redis again (not loaded again)
        assertThat(loads).hasValue(1);
        assertThat(outcomes).containsExactly(ResponseCache.Outcome.LOADED, ResponseCache.Outcome.SHARED);
    }

    @Test
    void localPoliciesNeverTouchRedis() {
        // Given a local-only policy
        ResponseCache cache = cache(direct);

        // When asked twice within its TTL and once after
        cache.get("k", LOCAL, this::load).join();
        cache.get("k", LOCAL, this::load).join();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.get("k", LOCAL, this::load).join();

        // Then Redis was never used and it was loaded again after its TTL
        assertThat(shared.gets).hasValue(0);
        assertThat(shared.values).isEmpty();
        assertThat(loads).hasValue(2);
    }

    @Test
    void concurrentMissesShareOneLoad() {
        // Given a loader that has not finished yet
        ResponseCache cache = cache(queued::add);
        CompletableFuture<CachedBody> first = cache.get("k", SHARED, this::load);
        CompletableFuture<CachedBody> second = cache.get("k", SHARED, this::load);

        // When the load runs
        queued.forEach(Runnable::run);

        // Then both requests get its answer and it ran once
        assertThat(first.join()).isSameAs(second.join());
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedLoadIsNotCached() {
        // Given a loader that fails once
        ResponseCache cache = cache(direct);
        CompletableFuture<CachedBody> failed = cache.get("k", SHARED, () -> {
            throw new IllegalStateException("no database");
        });

        // When asked again
        CachedBody answer = cache.get("k", SHARED, this::load).join();

        // Then the failure reached the first caller and the second got a fresh load
        assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
            .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(new String(answer.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
    }

    @Test
    void anUnreachableRedisIsAMiss() {
        // Given Redis fails every read
        shared.broken = true;
        ResponseCache cache = cache(direct);

        // When asked
        CachedBody answer = cache.get("k", SHARED, this::load).join();

        // Then the loader answers
        assertThat(new String(answer.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
    }

    private ResponseCache cache(Executor loaders) {
        return new ResponseCache(new LocalCache(1 << 20, now::get), shared, loaders, Duration.ofSeconds(1),
            outcomes::add);
    }

    private byte[] load() {
        return ("{\"n\":" + loads.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static final class FakeShared implements SharedCache {
        final Map<String, byte[]> values = new HashMap<>();
        final Map<String, Duration> ttls = new HashMap<>();
        final AtomicInteger gets = new AtomicInteger();
        boolean broken;

        @Override
        public CompletionStage<byte[]> get(String key) {
            gets.incrementAndGet();
            return broken ? CompletableFuture.failedFuture(new IllegalStateException("down"))
                : CompletableFuture.completedFuture(values.get(key));
        }

        @Override
        public void put(String key, byte[] value, Duration ttl) {
            values.put(key, value);
            ttls.put(key, ttl);
        }
    }
}
