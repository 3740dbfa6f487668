package io.streampulse.ingest.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts one sweep into splits.
 * <ul>
 *   <li>top-N slice: one split with the operator's languages and games, stopped after N streams (the list is
 *       sorted by viewers, so that is exactly the N most watched).</li>
 *   <li>game filter: one split per group of at most {@value #GAMES_PER_SPLIT} games (many game ids in one query
 *       break Twitch's cursors, twitchdev/issues#543), with the operator's languages.</li>
 *   <li>otherwise one split per language; a language whose last sweep saw more than {@code refineAbove} streams
 *       also gets one split per big game, so the streams of its densest games are read from short lists. The
 *       language split itself stays (Get Streams cannot exclude games) and catches everything else; streams seen
 *       twice are published once.</li>
 * </ul>
 */
final class SplitPlanner {

    static final int GAMES_PER_SPLIT = 10;

    private SplitPlanner() {
    }

    static List<SweepSplit> plan(SweepSettings settings, Map<String, LanguageStats> lastSeen) {
        if (settings.topN() > 0) {
            return List.of(new SweepSplit("top=" + settings.topN(), settings.languages(), settings.gameIds(),
                settings.topN()));
        }
        if (!settings.gameIds().isEmpty()) {
            return byGames(settings);
        }
        List<String> languages = settings.languages().isEmpty() ? settings.splitLanguages() : settings.languages();
        List<SweepSplit> splits = new ArrayList<>();
        for (String language : languages) {
            LanguageStats stats = lastSeen.get(language);
            if (stats != null && stats.streams() > settings.refineAbove()) {
                stats.topGames().stream().limit(settings.refineGames())
                    .forEach(game -> splits.add(SweepSplit.languageAndGame(language, game)));
            }
            splits.add(SweepSplit.language(language));
        }
        return List.copyOf(splits);
    }

    private static List<SweepSplit> byGames(SweepSettings settings) {
        List<SweepSplit> splits = new ArrayList<>();
        List<String> games = settings.gameIds();
        for (int from = 0; from < games.size(); from += GAMES_PER_SPLIT) {
            List<String> group = games.subList(from, Math.min(games.size(), from + GAMES_PER_SPLIT));
            splits.add(new SweepSplit("games=" + String.join(",", group), settings.languages(), group, 0));
        }
        return List.copyOf(splits);
    }
}
