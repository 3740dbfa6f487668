package io.streampulse.twitch.helix;

import java.util.List;

/**
 * Parameters of {@code GET /streams}. Each id list holds at most 100 values (Twitch's limit, checked here
 * with {@link IllegalArgumentException} rather than spending a call on a 400).
 *
 * @param type  {@code all} (Twitch's default) or {@code live}; null = not sent
 * @param first page size 1..100; null = Twitch's default (20)
 */
public record StreamsQuery(List<String> userIds, List<String> userLogins, List<String> gameIds,
                           List<String> languages, String type, Integer first, String after, String before) {

    public static final int MAX_IDS = 100;

    public StreamsQuery {
        userIds = checked(userIds, "user_id");
        userLogins = checked(userLogins, "user_login");
        gameIds = checked(gameIds, "game_id");
        languages = checked(languages, "language");
        if (type != null && !type.equals("all") && !type.equals("live")) {
            throw new IllegalArgumentException("type must be all or live: " + type);
        }
        if (first != null && (first < 1 || first > MAX_IDS)) {
            throw new IllegalArgumentException("first must be in [1, 100]: " + first);
        }
        if (after != null && before != null) {
            throw new IllegalArgumentException("give after or before, not both");
        }
    }

    /** All live streams, most viewers first, pages of 100 (a sweep). */
    public static StreamsQuery sweep() {
        return new StreamsQuery(null, null, null, null, null, MAX_IDS, null, null);
    }

    /** The streams of up to 100 users (a refresh batch); offline users are absent from the answer. */
    public static StreamsQuery byUserIds(List<String> userIds) {
        return new StreamsQuery(userIds, null, null, null, null, MAX_IDS, null, null);
    }

    public static StreamsQuery byUserLogins(List<String> logins) {
        return new StreamsQuery(null, logins, null, null, null, MAX_IDS, null, null);
    }

    public StreamsQuery withGameIds(List<String> ids) {
        return new StreamsQuery(userIds, userLogins, ids, languages, type, first, after, before);
    }

    public StreamsQuery withLanguages(List<String> languageCodes) {
        return new StreamsQuery(userIds, userLogins, gameIds, languageCodes, type, first, after, before);
    }

    public StreamsQuery withType(String streamType) {
        return new StreamsQuery(userIds, userLogins, gameIds, languages, streamType, first, after, before);
    }

    public StreamsQuery withFirst(Integer pageSize) {
        return new StreamsQuery(userIds, userLogins, gameIds, languages, type, pageSize, after, before);
    }

    public StreamsQuery withAfter(String cursor) {
        return new StreamsQuery(userIds, userLogins, gameIds, languages, type, first, cursor, null);
    }

    public StreamsQuery withBefore(String cursor) {
        return new StreamsQuery(userIds, userLogins, gameIds, languages, type, first, null, cursor);
    }

    /** Number of ids and logins asked for (the "ids per call" figure). */
    int idCount() {
        return userIds.size() + userLogins.size();
    }

    private static List<String> checked(List<String> values, String name) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_IDS) {
            throw new IllegalArgumentException(name + " takes at most " + MAX_IDS + " values, got " + values.size());
        }
        return List.copyOf(values);
    }
}
