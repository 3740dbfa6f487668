package io.streampulse.twitch.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link RateBudget}.
 *
 * @param clientId         Twitch client id whose bucket this is (Redis key and metric tag)
 * @param limitPerMinute   capacity and refill per minute until Twitch's {@code Ratelimit-Limit} says otherwise
 * @param discoveryReserve points DISCOVERY must leave in the bucket (REFRESH may use them)
 * @param discoveryMaxWait after waiting this long, a DISCOVERY request is served like REFRESH (no starvation)
 * @param maxSleep         longest pause between two looks at the bucket while someone waits
 * @param initialTokens    tokens of a bucket nobody has used yet (Twitch's bucket is full after a minute idle)
 * @param keyPrefix        Redis key prefix; the key is prefix + clientId
 * @param inFlightAllowance points kept out of the local capacity at the configured limit (the bucket holds at most
 *                         limit - allowance; scaled proportionally when Twitch reports another limit).
 *                         While Twitch's bucket is full its refill is lost at the cap, but ours keeps refilling
 *                         for requests granted and not yet arrived; keeping at least as many points as can be in
 *                         flight at once out of the capacity means the local view never exceeds Twitch's. The
 *                         refill rate is unchanged, so this only trims the burst after an idle period.
 */
public record BudgetSettings(String clientId, int limitPerMinute, int discoveryReserve, Duration discoveryMaxWait,
                             Duration maxSleep, int initialTokens, String keyPrefix, int inFlightAllowance) {

    public static final int TWITCH_DEFAULT_LIMIT = 800;
    public static final String DEFAULT_KEY_PREFIX = "streampulse:twitch:budget:";

    public BudgetSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(discoveryMaxWait, "discoveryMaxWait");
        Objects.requireNonNull(maxSleep, "maxSleep");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (limitPerMinute < 1) {
            throw new IllegalArgumentException("limitPerMinute must be positive: " + limitPerMinute);
        }
        if (discoveryReserve < 0 || discoveryReserve >= limitPerMinute) {
            throw new IllegalArgumentException("discoveryReserve must be in [0, limit): " + discoveryReserve);
        }
        if (initialTokens < 0 || initialTokens > limitPerMinute) {
            throw new IllegalArgumentException("initialTokens must be in [0, limit]: " + initialTokens);
        }
        if (inFlightAllowance < 0 || inFlightAllowance >= limitPerMinute) {
            throw new IllegalArgumentException("inFlightAllowance must be in [0, limit): " + inFlightAllowance);
        }
    }

    /**
     * 800 points per minute, a reserve of 10 % for REFRESH, discovery promoted after 30 s, an in-flight allowance
     * of 10 % (80 concurrent requests across all replicas), a new bucket starts full (minus the allowance).
     */
    public static BudgetSettings defaults(String clientId) {
        return new BudgetSettings(clientId, TWITCH_DEFAULT_LIMIT, TWITCH_DEFAULT_LIMIT / 10, Duration.ofSeconds(30),
                Duration.ofSeconds(1), TWITCH_DEFAULT_LIMIT, DEFAULT_KEY_PREFIX, TWITCH_DEFAULT_LIMIT / 10);
    }

    /** New limit with the reserve, the in-flight allowance (10 % each) and the initial fill scaled to it. */
    public BudgetSettings withLimitPerMinute(int limit) {
        return new BudgetSettings(clientId, limit, limit / 10, discoveryMaxWait, maxSleep, limit, keyPrefix,
                limit / 10);
    }

    public BudgetSettings withInFlightAllowance(int allowance) {
        return new BudgetSettings(clientId, limitPerMinute, discoveryReserve, discoveryMaxWait, maxSleep, initialTokens,
                keyPrefix, allowance);
    }

    /**
     * What the local bucket holds at most for {@code limit} (Twitch's may differ from the configured one: the
     * allowance scales with it).
     */
    public double capacity(long limit) {
        return Math.max(1, limit - (double) inFlightAllowance * limit / limitPerMinute);
    }

    public BudgetSettings withDiscoveryReserve(int reserve) {
        return new BudgetSettings(clientId, limitPerMinute, reserve, discoveryMaxWait, maxSleep, initialTokens, keyPrefix, inFlightAllowance);
    }

    public BudgetSettings withDiscoveryMaxWait(Duration maxWait) {
        return new BudgetSettings(clientId, limitPerMinute, discoveryReserve, maxWait, maxSleep, initialTokens, keyPrefix, inFlightAllowance);
    }

    public BudgetSettings withMaxSleep(Duration sleep) {
        return new BudgetSettings(clientId, limitPerMinute, discoveryReserve, discoveryMaxWait, sleep, initialTokens, keyPrefix, inFlightAllowance);
    }

    public BudgetSettings withInitialTokens(int tokens) {
        return new BudgetSettings(clientId, limitPerMinute, discoveryReserve, discoveryMaxWait, maxSleep, tokens, keyPrefix, inFlightAllowance);
    }

    public BudgetSettings withKeyPrefix(String prefix) {
        return new BudgetSettings(clientId, limitPerMinute, discoveryReserve, discoveryMaxWait, maxSleep, initialTokens, prefix, inFlightAllowance);
    }

    /** Redis key of the bucket. */
    public String redisKey() {
        return keyPrefix + clientId;
    }
}
