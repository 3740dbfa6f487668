package io.streampulse.ingest.sweep;

import java.util.List;

/**
 * What the last complete sweep of one language saw: its number of streams and its biggest games (those with enough
 * streams for a split of their own, largest first).
 */
public record LanguageStats(int streams, List<String> topGames) {

    public LanguageStats {
        topGames = List.copyOf(topGames);
    }
}
