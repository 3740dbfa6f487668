package io.streampulse.api.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/** The JSON of the leaderboards: a list (data + pagination) with the window its viewer counts come from. */
final class LeaderboardItems {

    private LeaderboardItems() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChannelRank(int rank, String broadcasterId, String broadcasterLogin, String broadcasterName,
                       long viewerCount) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GameRank(int rank, String gameId, String gameName, long viewerCount) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Board<T>(List<T> data, io.streampulse.api.http.Page.Pagination pagination, Instant windowStart,
                    Instant windowEnd, Instant computedAt) {
    }
}
