package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.Locale;

/** One tag on one UTC day; the tag is normalised (trimmed, lowercase); key {@code <tag>|<yyyy-MM-dd>}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TagDailyStatsComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String tag,
    Instant windowStart,
    Instant windowEnd,
    double hoursStreamed,
    long viewerMinutes) implements Event {

    public TagDailyStatsComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        tag = normalise(Require.text(tag, "tag"));
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(hoursStreamed, "hours_streamed");
        Require.notNegative(viewerMinutes, "viewer_minutes");
    }

    /** The form tags are aggregated under: trimmed and lowercase (Locale.ROOT). */
    public static String normalise(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String key() {
        return StatsWindow.key(tag, StatsWindow.day(windowStart));
    }
}
