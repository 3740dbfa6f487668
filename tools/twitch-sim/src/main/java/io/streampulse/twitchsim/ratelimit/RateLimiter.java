package io.streampulse.twitchsim.ratelimit;

import io.streampulse.twitchsim.http.HttpCall;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bucket per client id for app-token calls and one per client id x user for user-token calls, as Helix does.
 * Every Helix response carries Ratelimit-Limit, Ratelimit-Remaining and Ratelimit-Reset.
 */
public final class RateLimiter {
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile int limitPerMinute;

    public RateLimiter(int limitPerMinute) {
        this.limitPerMinute = limitPerMinute;
    }

    /**
     * Takes {@code points} from the bucket of {@code key} and writes the rate-limit headers on the response.
     *
     * @return true when the request may proceed, false when it must be answered 429
     */
    public boolean take(String key, int points, HttpCall call) {
        TokenBucket bucket = buckets.computeIfAbsent(key,
                k -> new TokenBucket(limitPerMinute, System::nanoTime, System::currentTimeMillis));
        TokenBucket.Decision decision = bucket.take(points);
        call.responseHeader("Ratelimit-Limit", Integer.toString(decision.limit()));
        call.responseHeader("Ratelimit-Remaining", Integer.toString(decision.remaining()));
        call.responseHeader("Ratelimit-Reset", Long.toString(decision.resetEpochSeconds()));
        return decision.allowed();
    }

    /** Changes the bucket size of every client at runtime. */
    public void setLimitPerMinute(int limit) {
        this.limitPerMinute = limit;
        buckets.values().forEach(b -> b.resize(limit));
    }

    public int limitPerMinute() {
        return limitPerMinute;
    }
}
