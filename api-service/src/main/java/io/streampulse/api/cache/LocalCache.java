package io.streampulse.api.cache;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The in-process level in front of Redis: serialized bodies by key, each with its own expiry, bounded by the total
 * bytes held. A hit is one map lookup and a clock read. When over the bound, every expired entry goes; if that is
 * not enough, arbitrary ones go until a tenth of the room is free again.
 */
final class LocalCache {

    private record Entry(CachedBody body, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final LongSupplier nanoTime;

    LocalCache(long maxBytes, LongSupplier nanoTime) {
        this.maxBytes = maxBytes;
        this.nanoTime = nanoTime;
    }

    /** The body stored under {@code key} if it has not expired; null otherwise. */
    CachedBody get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (nanoTime.getAsLong() - entry.expiresAt >= 0) {
            if (entries.remove(key, entry)) {
                bytes.addAndGet(-entry.body.size());
            }
            return null;
        }
        return entry.body;
    }

    void put(String key, CachedBody body, Duration ttl) {
        if (body.size() > maxBytes / 4) {
            return;
        }
        Entry entry = new Entry(body, nanoTime.getAsLong() + ttl.toNanos());
        Entry previous = entries.put(key, entry);
        bytes.addAndGet(body.size() - (previous == null ? 0 : previous.body.size()));
        if (bytes.get() > maxBytes) {
            evict();
        }
    }

    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }

    private synchronized void evict() {
        long now = nanoTime.getAsLong();
        removeWhile(entry -> now - entry.expiresAt >= 0, -1);
        if (bytes.get() > maxBytes) {
            removeWhile(entry -> true, maxBytes - maxBytes / 10);
        }
    }

    private void removeWhile(java.util.function.Predicate<Entry> removable, long target) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (bytes.get() > target && it.hasNext()) {
            Map.Entry<String, Entry> next = it.next();
            if (removable.test(next.getValue()) && entries.remove(next.getKey(), next.getValue())) {
                bytes.addAndGet(-next.getValue().body.size());
            }
        }
    }
}
