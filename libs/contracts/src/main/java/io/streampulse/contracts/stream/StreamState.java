package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.List;

/**
 * The state of one live stream as Helix Get Streams reports it, with Twitch's {@code user_*} fields named
 * {@code broadcaster_*}. Text Twitch may leave unset (game, title, language, type, thumbnail) is "" never null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StreamState(
    String streamId,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String gameId,
    String gameName,
    String title,
    List<String> tags,
    int viewerCount,
    Instant startedAt,
    String language,
    String type,
    String thumbnailUrl) {

    public StreamState {
        Require.text(streamId, "stream_id");
        Require.text(broadcasterId, "broadcaster_id");
        Require.text(broadcasterLogin, "broadcaster_login");
        Require.present(broadcasterName, "broadcaster_name");
        gameId = Require.orEmpty(gameId);
        gameName = Require.orEmpty(gameName);
        title = Require.orEmpty(title);
        tags = Require.listOf(tags, "tags");
        Require.notNegative(viewerCount, "viewer_count");
        Require.present(startedAt, "started_at");
        language = Require.orEmpty(language);
        type = Require.orEmpty(type);
        thumbnailUrl = Require.orEmpty(thumbnailUrl);
    }
}
