package io.streampulse.twitchsim.truth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every EventSub message sent (notifications and revocations) and its fate, in send order. Keeps the most recent
 * {@value #CAPACITY} in memory; the JSON Lines file (when configured) keeps all.
 */
public final class EventLedger {
    static final int CAPACITY = 1_000_000;

    private final Map<String, EventRecord> records = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventRecord> eldest) {
            return size() > CAPACITY;
        }
    };
    private final TruthFile file;

    public EventLedger(TruthFile file) {
        this.file = file;
    }

    /** A message was queued for sending. */
    public synchronized void queued(String messageId, String messageType, String subscriptionId, String type,
                                    String version, String broadcasterUserId, Instant occurredAt,
                                    Map<String, Object> event) {
        records.put(messageId, new EventRecord(messageId, messageType, subscriptionId, type, version,
                broadcasterUserId, occurredAt, event, null, null, 0, 0, 0, "pending"));
    }

    /** One send of the message got an answer (status 0: no answer, timeout or connection error). */
    public synchronized void attempted(String messageId, int statusCode, boolean duplicate, Instant sentAt,
                                       String messageTimestamp) {
        EventRecord r = records.get(messageId);
        if (r == null) {
            return;
        }
        boolean ok = statusCode >= 200 && statusCode < 300;
        boolean firstDelivery = ok && r.deliveredAt() == null;
        EventRecord updated = new EventRecord(r.messageId(), r.messageType(), r.subscriptionId(),
                r.subscriptionType(), r.subscriptionVersion(), r.broadcasterUserId(), r.occurredAt(), r.event(),
                firstDelivery ? sentAt : r.deliveredAt(), firstDelivery ? messageTimestamp : r.messageTimestamp(),
                r.attempts() + 1, r.duplicates() + (duplicate ? 1 : 0), statusCode,
                ok || r.deliveredAt() != null ? "delivered" : r.outcome());
        records.put(messageId, updated);
        if (firstDelivery) {
            file.append("event", updated.toJson());
        }
    }

    /** No more sends will be made and none succeeded ("failed"), or it was never sent ("dropped"). */
    public synchronized void gaveUp(String messageId, String outcome) {
        EventRecord r = records.get(messageId);
        if (r == null || r.deliveredAt() != null) {
            return;
        }
        EventRecord updated = new EventRecord(r.messageId(), r.messageType(), r.subscriptionId(),
                r.subscriptionType(), r.subscriptionVersion(), r.broadcasterUserId(), r.occurredAt(), r.event(),
                null, null, r.attempts(), r.duplicates(), r.lastStatusCode(), outcome);
        records.put(messageId, updated);
        file.append("event", updated.toJson());
    }

    public synchronized List<EventRecord> all() {
        return new ArrayList<>(records.values());
    }

    public synchronized EventRecord get(String messageId) {
        return records.get(messageId);
    }
}
