package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.DayOfWeek;
import java.time.Instant;

/**
 * How often a channel is live in one UTC weekday hour: live in {@code weeks_live} of the
 * {@code weeks_observed} weeks of the window; {@code share} = weeks_live / weeks_observed.
 * Key {@code <broadcaster_id>|<weekday>|<hour>}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelScheduleComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    DayOfWeek weekday,
    int hour,
    Instant windowStart,
    Instant windowEnd,
    int weeksLive,
    int weeksObserved,
    double share) implements Event {

    public ChannelScheduleComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(broadcasterId, "broadcaster_id");
        broadcasterLogin = Require.orEmpty(broadcasterLogin);
        Require.present(weekday, "weekday");
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be 0..23 but was " + hour);
        }
        StatsWindow.check(windowStart, windowEnd);
        Require.notNegative(weeksLive, "weeks_live");
        Require.positive(weeksObserved, "weeks_observed");
        if (weeksLive > weeksObserved) {
            throw new IllegalArgumentException("weeks_live " + weeksLive + " exceeds weeks_observed " + weeksObserved);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be 0..1 but was " + share);
        }
    }

    @Override
    public String key() {
        return StatsWindow.key(broadcasterId, weekday, hour);
    }
}
