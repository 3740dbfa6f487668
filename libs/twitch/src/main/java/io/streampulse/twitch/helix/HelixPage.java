package io.streampulse.twitch.helix;

import java.util.List;
import java.util.Optional;

/**
 * One page of a Helix list.
 *
 * @param cursor the {@code pagination.cursor} for the next page; null when Twitch sent {@code {}} (done)
 * @param total  the {@code total} field of endpoints that have one (followers, chatters), else null
 */
public record HelixPage<T>(List<T> data, String cursor, Integer total) {

    public HelixPage {
        data = data == null ? List.of() : List.copyOf(data);
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }
}
