package io.streampulse.refresh.active;

/**
 * One stream of the active set: the partition it belongs to (of every stream topic, keyed by broadcaster_id),
 * its broadcaster and when it was last refreshed (epoch millis; 0 = never).
 */
public record ActiveStream(int partition, String broadcasterId, long lastRefreshMillis) {

    /** Never refreshed: the stalest possible, so refreshed first. */
    public static final long NEVER = 0L;
}
