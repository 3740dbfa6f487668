package io.streampulse.twitch.helix;

import io.streampulse.twitch.eventsub.EventSubSubscription;

import java.util.List;
import java.util.Optional;

/**
 * Answer of creating or listing EventSub subscriptions.
 *
 * @param total        number of subscriptions (lags a few seconds)
 * @param totalCost    sum of their costs
 * @param maxTotalCost the cost limit (10000 for webhooks)
 * @param cursor       next page, null when done (always null for a creation)
 */
public record EventSubSubscriptionList(List<EventSubSubscription> data, int total, int totalCost, int maxTotalCost,
                                       String cursor) {

    public EventSubSubscriptionList {
        data = data == null ? List.of() : List.copyOf(data);
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }
}
