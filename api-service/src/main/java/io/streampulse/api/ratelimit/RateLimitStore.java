package io.streampulse.api.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** The shared counters: increments one and answers its new value, creating it with {@code ttl} when new. */
interface RateLimitStore {

    CompletionStage<Long> increment(String key, Duration ttl);
}
