package io.streampulse.twitch.helix;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a Helix call is retried.
 *
 * <ul>
 *   <li>5xx (but 503) and timeouts/I-O errors: up to {@code maxRetries} times for idempotent calls (GET,
 *       DELETE), after exponential backoff {@code baseDelay * 2^n} capped at {@code maxDelay}, with
 *       "equal jitter" (half fixed, half random). Subscription creation (POST) is not retried on these:
 *       it may have been applied.</li>
 *   <li>503: once (Twitch: "on 503 retry once"), after one backoff, for every call.</li>
 *   <li>429: up to {@code maxRateLimitRetries} times, each after everybody waited until Ratelimit-Reset.</li>
 *   <li>401 with the app token: once, with a freshly fetched token.</li>
 * </ul>
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, int maxRateLimitRetries) {

    public RetryPolicy {
        if (maxRetries < 0 || maxRateLimitRetries < 0) {
            throw new IllegalArgumentException("retry counts must not be negative");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(8), 3);
    }

    /** Delay before retry number {@code retry} (0-based). */
    public Duration backoff(int retry) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
