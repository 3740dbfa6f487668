package io.streampulse.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON of the event counts (snake_case, nulls written). Days are UTC, {@code from} and {@code to} included. */
final class EventViews {

    private EventViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChannelCounts(String broadcasterId, String broadcasterLogin, LocalDate from, LocalDate to, long total,
                         List<TypeCount> counts) {
    }

    /** bits_total: bits cheered (0 for other types). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TypeCount(String eventType, long count, long bitsTotal) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StreamerCounts(List<StreamerCount> data, io.streampulse.api.http.Page.Pagination pagination,
                          LocalDate from, LocalDate to) {
    }

    /** counts: event type -> number of events, types in alphabetical order. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StreamerCount(int rank, String broadcasterId, String broadcasterLogin, String broadcasterName, long total,
                         Map<String, Long> counts) {
    }
}
