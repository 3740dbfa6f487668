package io.streampulse.api.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one kind of answer may be reused ({@code ttl}, also its {@code Cache-Control: max-age}) and whether
 * replicas share it through Redis ({@code shared}); answers every replica computes cheaply from its own memory
 * (the live index) are kept locally only.
 */
public record CachePolicy(String name, Duration ttl, boolean shared) {

    public CachePolicy {
        Objects.requireNonNull(name, "name");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(name + ": ttl must be positive");
        }
    }

    /** {@code Cache-Control} for clients and proxies: the answers are the same for everyone. */
    public String cacheControl() {
        return "public, max-age=" + Math.max(1, ttl.toSeconds());
    }
}
