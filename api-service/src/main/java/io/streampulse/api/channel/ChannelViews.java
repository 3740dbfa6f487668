package io.streampulse.api.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.streampulse.api.live.LiveStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of the channel endpoints (snake_case, nulls written). */
final class ChannelViews {

    private ChannelViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Profile(String broadcasterId, String broadcasterLogin, String broadcasterName, Instant firstSeenAt,
                   Instant lastSeenAt, boolean isLive, LiveStream stream) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Session(String streamId, Instant startedAt, Instant endedAt, long durationSeconds, int peakViewers,
                   double averageViewers, long viewerMinutes, List<SessionGame> games, List<String> titles,
                   List<String> tags, String language, String endReason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SessionGame(String gameId, String gameName, long seconds) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Stats(String broadcasterId, String broadcasterLogin, int days, LocalDate from, LocalDate to, int daysLive,
                 double hoursStreamed, long minutesLive, long viewerMinutes, double averageViewers, int peakViewers,
                 long sessions) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GameTime(String gameId, String gameName, long seconds, double hoursStreamed, long sessions,
                    double share) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Schedule(String broadcasterId, String broadcasterLogin, int weeks, int weeksObserved,
                    Instant windowStart, Instant windowEnd, List<ScheduleCell> cells) {
    }

    /** weekday: ISO 1 = Monday .. 7 = Sunday; hour: UTC 0..23. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleCell(int weekday, int hour, int weeksLive, double share) {
    }
}
