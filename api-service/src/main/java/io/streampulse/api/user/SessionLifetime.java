package io.streampulse.api.user;

import java.time.Duration;
import java.time.Instant;

/** How long a login lasts: a session opened at {@code t} is valid until {@code t + ttl}, exclusive. */
public record SessionLifetime(Duration ttl) {

    public SessionLifetime {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("session ttl must be positive");
        }
    }

    public Instant expiresAt(Instant openedAt) {
        return openedAt.plus(ttl);
    }

    public static boolean isValid(Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The cookie's Max-Age for a session expiring at {@code expiresAt}: it disappears from the browser with it. */
    public static Duration cookieMaxAge(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
