package io.streampulse.faultcheck.score;

import io.streampulse.faultcheck.sim.TruthSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which broadcasts StreamPulse could have seen at all. Discovery is a sweep every few seconds, and Twitch has no
 * history: a broadcast that starts and ends between two sweeps, before the stack was up, or while a fault blinded
 * discovery (from the fault until the stack was recovered) is invisible to any implementation. A broadcast counts
 * as observable when it was live, after the stack was ready and before the cutoff, for an unbroken stretch of at
 * least {@code needed} outside every such blind window.
 */
public final class Observability {

    private final Instant watchFrom;
    private final Instant cutoff;
    private final List<Interval> blind;
    private final Duration needed;

    public Observability(Instant watchFrom, Instant cutoff, List<Interval> blind, Duration needed) {
        this.watchFrom = watchFrom;
        this.cutoff = cutoff;
        this.blind = blind.stream().sorted(Comparator.comparing(Interval::start)).toList();
        this.needed = needed;
    }

    public boolean observable(TruthSession session) {
        Instant from = max(session.startedAt(), watchFrom);
        Instant to = min(session.endedAt().orElse(cutoff), cutoff);
        return !to.isBefore(from) && longestClearStretch(from, to).compareTo(needed) >= 0;
    }

    /** The longest part of {@code [from, to]} that no blind window covers. */
    Duration longestClearStretch(Instant from, Instant to) {
        Duration longest = Duration.ZERO;
        Instant cursor = from;
        for (Interval window : blind) {
            if (!window.end().isAfter(cursor) || !window.start().isBefore(to)) {
                continue;
            }
            longest = max(longest, Duration.between(cursor, min(window.start(), to)));
            cursor = max(cursor, window.end());
            if (!cursor.isBefore(to)) {
                return longest;
            }
        }
        return max(longest, Duration.between(cursor, to));
    }

    public Duration needed() {
        return needed;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
