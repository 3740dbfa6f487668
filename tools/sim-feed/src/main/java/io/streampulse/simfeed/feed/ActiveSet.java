package io.streampulse.simfeed.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The channels the feed refreshes, as refresh-service's active set: a channel joins when a sweep sees it live and
 * stays while it is observed LIVE; once absent it keeps being observed (ABSENT) until it has been absent for the
 * drop time. Pure and not thread-safe (the feed is one loop).
 */
public final class ActiveSet {

    private final Map<String, Instant> absentSince = new TreeMap<>();

    /** Adds a channel a sweep saw live; true when it was not active yet. */
    public boolean add(String broadcasterId) {
        if (absentSince.containsKey(broadcasterId)) {
            return false;
        }
        absentSince.put(broadcasterId, null);
        return true;
    }

    /** Records one observation of an active channel at {@code at}. */
    public void observed(String broadcasterId, boolean live, Instant at) {
        if (!absentSince.containsKey(broadcasterId)) {
            throw new IllegalArgumentException("not active: " + broadcasterId);
        }
        if (live) {
            absentSince.put(broadcasterId, null);
        } else if (absentSince.get(broadcasterId) == null) {
            absentSince.put(broadcasterId, at);
        }
    }

    /** Removes the channels absent for at least {@code after} at {@code now}; returns how many. */
    public int dropAbsent(Instant now, Duration after) {
        List<String> dropped = new ArrayList<>();
        absentSince.forEach((id, since) -> {
            if (since != null && Duration.between(since, now).compareTo(after) >= 0) {
                dropped.add(id);
            }
        });
        dropped.forEach(absentSince::remove);
        return dropped.size();
    }

    /** The active channels in a stable order (by broadcaster id). */
    public List<String> ids() {
        return List.copyOf(absentSince.keySet());
    }

    public int size() {
        return absentSince.size();
    }
}
