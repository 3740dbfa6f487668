package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.http.ApiError;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * All subscriptions, by id and by routing key. Creation checks the limits atomically: 409 for the same
 * type + condition + callback, 429 past 3 subscriptions with the same type + condition or past max_total_cost.
 */
public final class SubscriptionStore {
    public static final int MAX_TOTAL_COST = 10_000;
    static final int MAX_PER_TYPE_AND_CONDITION = 3;

    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private final Map<String, List<Subscription>> byDispatchKey = new ConcurrentHashMap<>();
    private long sequence;

    synchronized Subscription create(SubscriptionType spec, Map<String, String> condition, String callback,
                                     String secret, String clientId, Instant createdAt, int cost) {
        List<Subscription> sameCondition = routedTo(spec.dispatchKey(condition)).stream()
                .filter(s -> s.isActive() && s.clientId().equals(clientId) && s.type().equals(spec.type())
                        && s.condition().equals(condition))
                .toList();
        if (sameCondition.stream().anyMatch(s -> s.callback().equals(callback) && s.version().equals(spec.version()))) {
            throw ApiError.helix(409, "subscription already exists");
        }
        if (sameCondition.size() >= MAX_PER_TYPE_AND_CONDITION) {
            throw ApiError.helix(429, "too many subscriptions with the same type and condition");
        }
        if (totalCost(clientId) + cost > MAX_TOTAL_COST) {
            throw ApiError.helix(429, "subscription total cost exceeds max_total_cost");
        }
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), ++sequence, spec, condition,
                callback, secret, clientId, createdAt, cost);
        byId.put(subscription.id(), subscription);
        byDispatchKey.computeIfAbsent(subscription.dispatchKey(), k -> new CopyOnWriteArrayList<>()).add(subscription);
        return subscription;
    }

    /** Removes a subscription of this client; false when there is none with that id. */
    synchronized boolean delete(String id, String clientId) {
        Subscription subscription = id == null ? null : byId.get(id);
        if (subscription == null || !subscription.clientId().equals(clientId)) {
            return false;
        }
        byId.remove(id);
        List<Subscription> routed = byDispatchKey.get(subscription.dispatchKey());
        if (routed != null) {
            routed.remove(subscription);
        }
        return true;
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** A client's subscriptions, oldest first. */
    public List<Subscription> forClient(String clientId) {
        return byId.values().stream().filter(s -> s.clientId().equals(clientId))
                .sorted(Comparator.comparingLong(Subscription::sequence)).toList();
    }

    /** Every subscription, oldest first. */
    public List<Subscription> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(Subscription::sequence)).toList();
    }

    public List<Subscription> routedTo(String dispatchKey) {
        return byDispatchKey.getOrDefault(dispatchKey, List.of());
    }

    public int totalCost(String clientId) {
        return byId.values().stream().filter(s -> s.isActive() && s.clientId().equals(clientId))
                .mapToInt(Subscription::cost).sum();
    }
}
