package io.streampulse.ingest.sweep;

import java.time.Duration;
import java.util.List;

/**
 * How sweeps are cut and run (README: {@code streampulse.sweep.*}).
 *
 * @param interval             one sweep cycle every interval (all replicas share the cycle)
 * @param lease                how long a replica holds a split without renewing it (renewed every page)
 * @param languages            operator filter: only these languages (empty = all)
 * @param gameIds              operator filter: only these games (empty = all)
 * @param topN                 operator filter: only the N most watched streams of the filtered list (0 = all)
 * @param splitLanguages       without a language filter, one split per language of this list (Twitch's list +
 *                             {@code other}, which together cover every stream)
 * @param refineAbove          a language whose last sweep saw more streams gets extra per-game splits
 * @param refineGames          at most this many per-game splits per refined language
 * @param refineMinGameStreams a game gets its own split only with at least this many streams in the language
 * @param maxPagesPerSplit     safety stop for one split (cursor loops)
 * @param maxCursorRestarts    restarts from page one after {@code 400 invalid cursor}, per split
 */
public record SweepSettings(Duration interval, Duration lease, List<String> languages, List<String> gameIds, int topN,
                            List<String> splitLanguages, int refineAbove, int refineGames, int refineMinGameStreams,
                            int maxPagesPerSplit, int maxCursorRestarts) {

    public SweepSettings {
        languages = List.copyOf(languages);
        gameIds = List.copyOf(gameIds);
        splitLanguages = List.copyOf(splitLanguages);
        if (interval.isZero() || interval.isNegative() || lease.isZero() || lease.isNegative()) {
            throw new IllegalArgumentException("sweep interval and lease must be positive");
        }
        if (topN < 0 || maxPagesPerSplit < 1 || maxCursorRestarts < 0) {
            throw new IllegalArgumentException("top-n >= 0, max-pages-per-split >= 1, max-cursor-restarts >= 0");
        }
        if (languages.size() > 100 || (topN > 0 && gameIds.size() > 100)) {
            throw new IllegalArgumentException("Get Streams takes at most 100 languages and 100 games");
        }
        if (languages.isEmpty() && splitLanguages.isEmpty()) {
            throw new IllegalArgumentException("split-languages must not be empty");
        }
    }
}
