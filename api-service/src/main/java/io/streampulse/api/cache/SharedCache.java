package io.streampulse.api.cache;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** The level replicas share (Redis): serialized bodies with a time to live. Failures are misses, never errors. */
interface SharedCache {

    /** The bytes under {@code key}, or null when absent (or when the store cannot answer). */
    CompletionStage<byte[]> get(String key);

    /** Stores {@code value} for {@code ttl}, without waiting; a failure is logged and forgotten. */
    void put(String key, byte[] value, Duration ttl);
}
