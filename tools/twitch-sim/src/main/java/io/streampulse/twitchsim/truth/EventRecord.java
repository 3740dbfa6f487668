package io.streampulse.twitchsim.truth;

import io.streampulse.twitchsim.http.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One EventSub message the simulator sent (notification or revocation) and what became of it.
 *
 * @param occurredAt       sim time of the world event (revocations: sim time of the revocation)
 * @param event            the notification's event object (null for revocations)
 * @param deliveredAt      wall-clock time of the first 2xx answer, null if never delivered
 * @param messageTimestamp the Twitch-Eventsub-Message-Timestamp header of that delivery
 * @param attempts         sends of this message id, including retries and duplicates
 * @param duplicates       deliberate re-sends with the same message id
 * @param lastStatusCode   HTTP status of the last answer (0: no answer)
 * @param outcome          pending | delivered | failed | dropped
 */
public record EventRecord(String messageId, String messageType, String subscriptionId, String subscriptionType,
                          String subscriptionVersion, String broadcasterUserId, Instant occurredAt,
                          Map<String, Object> event, Instant deliveredAt, String messageTimestamp, int attempts,
                          int duplicates, int lastStatusCode, String outcome) {

    public boolean delivered() {
        return deliveredAt != null;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", messageId);
        json.put("message_type", messageType);
        json.put("subscription_id", subscriptionId);
        json.put("subscription_type", subscriptionType);
        json.put("subscription_version", subscriptionVersion);
        json.put("broadcaster_user_id", broadcasterUserId);
        json.put("occurred_at", occurredAt == null ? null : Times.nanos(occurredAt));
        json.put("event", event);
        json.put("delivered_at", deliveredAt == null ? null : Times.nanos(deliveredAt));
        json.put("message_timestamp", messageTimestamp);
        json.put("attempts", attempts);
        json.put("duplicates", duplicates);
        json.put("last_status_code", lastStatusCode);
        json.put("outcome", outcome);
        return json;
    }
}
