package io.streampulse.twitch.helix;

import java.time.Instant;
import java.util.List;

/**
 * A live stream from {@code GET /streams}. Deprecated fields ({@code tag_ids}, {@code is_mature}) are left out.
 * {@code gameName} and {@code title} may be "".
 */
public record HelixStream(String id, String userId, String userLogin, String userName, String gameId,
                          String gameName, String type, String title, List<String> tags, int viewerCount,
                          Instant startedAt, String language, String thumbnailUrl) {

    public HelixStream {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
