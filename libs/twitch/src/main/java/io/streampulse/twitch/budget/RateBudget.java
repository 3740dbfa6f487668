package io.streampulse.twitch.budget;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The Helix points of one client id, shared by every caller that holds the same budget
 * ({@link RedisRateBudget}: every replica of every service; {@link InMemoryRateBudget}: one process).
 *
 * <h2>Model</h2>
 * A token bucket refilled continuously at {@code limit / 60} points per second, as Twitch's own bucket,
 * holding at most {@code limit - inFlightAllowance} (see {@link BudgetSettings#inFlightAllowance()}: while
 * Twitch's bucket is full, requests granted here but not yet arrived there must not be paid twice by our
 * refill). Every Helix response corrects it: the local view never claims more than
 * {@code Ratelimit-Remaining}, and {@code Ratelimit-Limit} replaces the configured limit. A 429 empties it
 * and blocks every caller until {@code Ratelimit-Reset}. (On other answers Ratelimit-Reset adds nothing
 * that Remaining does not already say under continuous refill, so it is used for 429s only.)
 *
 * <h2>Priorities</h2>
 * <ul>
 *   <li>{@link Priority#REFRESH} may take any point in the bucket.</li>
 *   <li>{@link Priority#DISCOVERY} may take points only while at least {@code discoveryReserve} points
 *       stay in the bucket after the take. So when refresh leaves part of the refill unused the bucket
 *       climbs above the reserve and discovery progresses at the unused rate; when refresh needs more,
 *       the reserve is its buffer.</li>
 *   <li>Within one process REFRESH waiters are served before DISCOVERY waiters, FIFO within a priority.</li>
 *   <li>No starvation: a DISCOVERY request that has waited {@code discoveryMaxWait} is served next and
 *       like REFRESH (reserve ignored), so even a refresh load that asks for the whole budget leaves
 *       discovery at least one request per {@code discoveryMaxWait} per process.</li>
 * </ul>
 *
 * <p>Futures returned here complete on the budget's own thread: continue with non-blocking work
 * (or an {@code *Async} stage with your executor).
 */
public interface RateBudget extends AutoCloseable {

    /**
     * Completes when {@code points} were taken from the bucket for the caller.
     * Cancelling the future (or {@code orTimeout}) withdraws the request.
     *
     * @throws IllegalArgumentException when points is not in [1, limit]
     */
    CompletableFuture<Void> acquire(int points, Priority priority);

    /** Corrects the bucket from Twitch's headers of a response. */
    CompletableFuture<Void> observe(RateLimitHeaders headers);

    /** After a 429: the bucket is empty and every caller waits until {@code reset}. */
    CompletableFuture<Void> blockUntil(Instant reset);

    /** The bucket now, for metrics and tests. */
    CompletableFuture<BudgetSnapshot> snapshot();

    /** Fails pending requests and releases threads and connections the budget owns. */
    @Override
    void close();
}
