package io.streampulse.api.cache;

import java.time.Duration;

/**
 * The cache policies of the read API, by how fast their data changes.
 *
 * @param live     the live index and leaderboards: computed from memory or one Redis read, kept locally only
 * @param recent   channel profiles and recent events: shared, seconds
 * @param history  sessions, stats, schedules, games, event counts of one channel: shared, a minute
 * @param rankings rankings over days and platform curves: shared, minutes
 */
public record CachePolicies(CachePolicy live, CachePolicy recent, CachePolicy history, CachePolicy rankings) {

    public static CachePolicies of(Duration live, Duration recent, Duration history, Duration rankings) {
        return new CachePolicies(new CachePolicy("live", live, false), new CachePolicy("recent", recent, true),
            new CachePolicy("history", history, true), new CachePolicy("rankings", rankings, true));
    }
}
