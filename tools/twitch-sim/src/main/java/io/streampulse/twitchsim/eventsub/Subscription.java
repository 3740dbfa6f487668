package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.http.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** One EventSub webhook subscription. Status changes as the challenge, deliveries and revocations play out. */
public final class Subscription {
    public static final String ENABLED = "enabled";
    public static final String PENDING = "webhook_callback_verification_pending";
    public static final String VERIFICATION_FAILED = "webhook_callback_verification_failed";
    public static final String FAILURES_EXCEEDED = "notification_failures_exceeded";
    public static final String AUTHORIZATION_REVOKED = "authorization_revoked";

    private final String id;
    private final long sequence;
    private final SubscriptionType spec;
    private final Map<String, String> condition;
    private final String callback;
    private final String secret;
    private final String clientId;
    private final Instant createdAt;
    private final int cost;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile String status = PENDING;

    Subscription(String id, long sequence, SubscriptionType spec, Map<String, String> condition, String callback,
                 String secret, String clientId, Instant createdAt, int cost) {
        this.id = id;
        this.sequence = sequence;
        this.spec = spec;
        this.condition = Map.copyOf(condition);
        this.callback = callback;
        this.secret = secret;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.cost = cost;
    }

    public String id() { return id; }
    long sequence() { return sequence; }
    public SubscriptionType spec() { return spec; }
    public String type() { return spec.type(); }
    public String version() { return spec.version(); }
    public Map<String, String> condition() { return condition; }
    public String callback() { return callback; }
    String secret() { return secret; }
    public String clientId() { return clientId; }
    public int cost() { return cost; }
    public String status() { return status; }
    void status(String newStatus) { this.status = newStatus; }
    AtomicInteger consecutiveFailures() { return consecutiveFailures; }

    /** Counts toward limits and costs: enabled or waiting for its challenge. */
    public boolean isActive() {
        String s = status;
        return ENABLED.equals(s) || PENDING.equals(s);
    }

    /** The value of the first condition key present (the broadcaster, raid side, or client id). */
    public String primaryConditionValue() {
        for (String key : spec.conditionKeys()) {
            if (condition.containsKey(key)) {
                return condition.get(key);
            }
        }
        return null;
    }

    public String dispatchKey() {
        return spec.dispatchKey(condition);
    }

    /** The Helix shape (create/list responses): id, status, type, version, condition, created_at, transport, cost. */
    public Map<String, Object> toHelixJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("status", status);
        json.put("type", spec.type());
        json.put("version", spec.version());
        json.put("condition", orderedCondition());
        json.put("created_at", Times.nanos(createdAt));
        json.put("transport", transport());
        json.put("cost", cost);
        return json;
    }

    /** The shape inside webhook messages, with the given status. */
    public Map<String, Object> toMessageJson(String statusShown) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", spec.type());
        json.put("version", spec.version());
        json.put("status", statusShown);
        json.put("cost", cost);
        json.put("condition", orderedCondition());
        json.put("transport", transport());
        json.put("created_at", Times.nanos(createdAt));
        return json;
    }

    private Map<String, Object> orderedCondition() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : spec.conditionKeys()) {
            if (condition.containsKey(key)) {
                ordered.put(key, condition.get(key));
            }
        }
        return ordered;
    }

    private Map<String, Object> transport() {
        Map<String, Object> transport = new LinkedHashMap<>();
        transport.put("method", "webhook");
        transport.put("callback", callback);
        return transport;
    }
}
