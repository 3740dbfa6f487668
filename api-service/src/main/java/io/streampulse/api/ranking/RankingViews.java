package io.streampulse.api.ranking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of the rankings and the platform curve (snake_case, nulls written). */
final class RankingViews {

    private RankingViews() {
    }

    /** A ranking over the UTC days {@code from..to}: the contract's list shape plus its window. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ranking<T>(List<T> data, io.streampulse.api.http.Page.Pagination pagination, int days, LocalDate from,
                      LocalDate to) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChannelRank(int rank, String broadcasterId, String broadcasterLogin, String broadcasterName,
                       double hoursStreamed, long viewerMinutes, double averageViewers, int peakViewers) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GameRank(int rank, String gameId, String gameName, long viewerMinutes, double hoursWatched,
                    int peakViewers) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TagRank(int rank, String tag, long viewerMinutes, double hoursStreamed) {
    }

    /** The platform's viewers over the day: one point per UTC 5-minute slot, averaged over the window's days. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ViewerCurve(List<CurvePoint> data, io.streampulse.api.http.Page.Pagination pagination, int days,
                       Instant from, Instant to) {
    }

    /** time: "HH:MM" UTC start of the slot; samples: how many of the window's days had a value for it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CurvePoint(String time, long totalViewers, long liveChannels, int samples) {
    }
}
