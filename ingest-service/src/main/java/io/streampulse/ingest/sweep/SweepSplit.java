package io.streampulse.ingest.sweep;

import java.util.List;

/**
 * One part of a sweep: Get Streams filtered by these languages and games (empty = no filter), paged from the most
 * watched down. Short lists page fast, so less moves between pages while they are read.
 *
 * @param id    stable name (Redis lease key part), e.g. {@code lang=fr} or {@code lang=en;game=509658}
 * @param limit stop after this many streams (top-N slices), 0 = all
 */
public record SweepSplit(String id, List<String> languages, List<String> gameIds, int limit) {

    public SweepSplit {
        languages = List.copyOf(languages);
        gameIds = List.copyOf(gameIds);
    }

    static SweepSplit language(String language) {
        return new SweepSplit("lang=" + language, List.of(language), List.of(), 0);
    }

    static SweepSplit languageAndGame(String language, String gameId) {
        return new SweepSplit("lang=" + language + ";game=" + gameId, List.of(language), List.of(gameId), 0);
    }

    /** A plain one-language split: what its sweep saw is kept to decide whether to refine it next time. */
    boolean isWholeLanguage() {
        return languages.size() == 1 && gameIds.isEmpty() && limit == 0;
    }
}
