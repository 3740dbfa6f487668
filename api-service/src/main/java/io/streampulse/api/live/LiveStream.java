package io.streampulse.api.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamState;
import java.time.Instant;
import java.util.List;

/** A stream live now, as the API shows it: Helix's fields (broadcaster_* naming) and when it was last observed. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LiveStream(
    String streamId,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String gameId,
    String gameName,
    String title,
    List<String> tags,
    long viewerCount,
    Instant startedAt,
    String language,
    String thumbnailUrl,
    Instant lastObservedAt) {

    public LiveStream {
        tags = List.copyOf(tags);
    }

    public static LiveStream of(LiveStreamUpdated update) {
        StreamState s = update.stream();
        return new LiveStream(s.streamId(), s.broadcasterId(), s.broadcasterLogin(), s.broadcasterName(), s.gameId(),
            s.gameName(), s.title(), s.tags(), s.viewerCount(), s.startedAt(), s.language(), s.thumbnailUrl(),
            update.lastObservedAt());
    }

    RankKey rankKey() {
        return new RankKey(viewerCount, broadcasterId);
    }
}
