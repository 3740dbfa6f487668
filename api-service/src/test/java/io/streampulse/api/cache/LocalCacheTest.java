package io.streampulse.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void servesAnEntryUntilItExpires() {
        // Given an entry kept for two seconds
        LocalCache cache = new LocalCache(1_000_000, now::get);
        CachedBody body = CachedBody.of(new byte[] {1, 2, 3});
        cache.put("k", body, Duration.ofSeconds(2));

        // When it is read before and after its expiry
        CachedBody before = cache.get("k");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        CachedBody after = cache.get("k");

        // Then it is served, then gone (and its bytes released)
        assertThat(before).isSameAs(body);
        assertThat(after).isNull();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void staysWithinItsByteBound() {
        // Given room for 1000 bytes
        LocalCache cache = new LocalCache(1000, now::get);

        // When twenty bodies of 100 bytes are stored
        for (int i = 0; i < 20; i++) {
            cache.put("k" + i, CachedBody.of(new byte[100]), Duration.ofMinutes(1));
        }

        // Then it holds at most 1000 bytes, and replacing a key does not count it twice
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.bytes()).isEqualTo(cache.size() * 100L);
        long before = cache.bytes();
        cache.put("k19", CachedBody.of(new byte[100]), Duration.ofMinutes(1));
        assertThat(cache.bytes()).isLessThanOrEqualTo(Math.max(before, 1000));
    }

    @Test
    void evictsExpiredEntriesFirst() {
        // Given a full cache whose older half has expired
        LocalCache cache = new LocalCache(1000, now::get);
        for (int i = 0; i < 5; i++) {
            cache.put("old" + i, CachedBody.of(new byte[100]), Duration.ofSeconds(1));
        }
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        for (int i = 0; i < 5; i++) {
            cache.put("new" + i, CachedBody.of(new byte[100]), Duration.ofMinutes(1));
        }

        // When one more entry needs room
        cache.put("newest", CachedBody.of(new byte[100]), Duration.ofMinutes(1));

        // Then the expired entries made room and every fresh one is still there
        for (int i = 0; i < 5; i++) {
            assertThat(cache.get("new" + i)).isNotNull();
        }
        assertThat(cache.get("newest")).isNotNull();
    }

    @Test
    void doesNotKeepBodiesLargerThanAQuarterOfItsRoom() {
        LocalCache cache = new LocalCache(1000, now::get);
        cache.put("big", CachedBody.of(new byte[300]), Duration.ofMinutes(1));
        assertThat(cache.get("big")).isNull();
    }
}
