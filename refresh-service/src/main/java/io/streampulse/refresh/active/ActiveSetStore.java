package io.streampulse.refresh.active;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The active set, per partition: which streams to refresh, when each was last refreshed, and the stream id
 * each broadcaster currently streams under. Implementations are thread-safe.
 */
public interface ActiveSetStore {

    /**
     * Adds a stream unless it is already there (its refresh time is then kept); records its stream id.
     * Asynchronous, so a poll's records cost one round trip, not one each: calls made one after another take
     * effect, and complete, in that order.
     *
     * @return completes with true when the broadcaster was not in the set before
     */
    CompletableFuture<Boolean> add(int partition, String broadcasterId, String streamId, long lastRefreshMillis);

    /** {@link #add} for many streams of one partition (a rebuild); existing entries are kept. */
    void addAll(int partition, Collection<ActiveEntry> entries);

    /**
     * Removes the broadcaster when its recorded stream is {@code streamId} (or none is recorded). Asynchronous, in
     * order with {@link #add}.
     *
     * @return completes with false when the set holds another (newer) stream of that broadcaster, which then stays
     */
    CompletableFuture<Boolean> end(int partition, String broadcasterId, String streamId);

    /** Up to {@code limit} streams with last refresh ≤ {@code refreshedAtMost}, stalest first, over the partitions. */
    List<ActiveStream> stalest(Collection<Integer> partitions, long refreshedAtMost, int limit);

    /**
     * Marks the candidates in flight (last refresh = {@code inFlightScore}) where their refresh time is still the
     * one read, atomically; candidates that changed or left meanwhile are not claimed.
     *
     * @return the claimed candidates, with their previous refresh time
     */
    List<ActiveStream> claim(List<ActiveStream> candidates, long inFlightScore);

    /** Gives claimed streams their previous refresh time back (the call failed), if they are still active. */
    void release(List<ActiveStream> claimed);

    /**
     * Records an answer for broadcasters still in the set (an ended one is not brought back): last refresh =
     * {@code observedAtMillis}, and the stream id each now streams under ("" = absent, keep the recorded one).
     */
    void recordObserved(int partition, long observedAtMillis, Map<String, String> streamIdByBroadcaster);

    /** Number of active streams in these partitions. */
    long size(Collection<Integer> partitions);

    /** Whether the partition's set is present (false after Redis lost its data, or before the first load). */
    boolean isLoaded(int partition);

    /** Records that the partition's set is present (after a rebuild). */
    void markLoaded(int partition);

    /** One stream to add: broadcaster, stream id and last refresh (epoch millis). */
    record ActiveEntry(String broadcasterId, String streamId, long lastRefreshMillis) {
    }
}
