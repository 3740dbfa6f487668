package io.streampulse.twitch.budget;

/**
 * The shared bucket as this budget sees it now.
 *
 * @param tokens           points available (fractional: the bucket refills continuously)
 * @param limit            bucket capacity = refill per minute
 * @param blockedForMillis how long every caller still waits after a 429 (0 when not blocked)
 */
public record BudgetSnapshot(double tokens, long limit, long blockedForMillis) {
}
