package io.streampulse.api.live;

import java.util.Locale;

/**
 * Which live streams a list shows: a game id, a language and a tag, each optional (null = any). Language and tag
 * compare case-insensitively.
 */
public record LiveFilter(String gameId, String language, String tag) {

    public static final LiveFilter ANY = new LiveFilter(null, null, null);

    public LiveFilter {
        language = language == null ? null : language.toLowerCase(Locale.ROOT);
        tag = tag == null ? null : tag.toLowerCase(Locale.ROOT);
    }

    boolean matches(LiveStream stream, java.util.Set<String> lowerTags) {
        return (gameId == null || gameId.equals(stream.gameId()))
            && (language == null || language.equals(stream.language().toLowerCase(Locale.ROOT)))
            && (tag == null || lowerTags.contains(tag));
    }

    /** A stable text form, for cache keys and cursor scopes. */
    public String canonical() {
        return "game=" + (gameId == null ? "" : gameId) + "&language=" + (language == null ? "" : language)
            + "&tag=" + (tag == null ? "" : tag);
    }
}
