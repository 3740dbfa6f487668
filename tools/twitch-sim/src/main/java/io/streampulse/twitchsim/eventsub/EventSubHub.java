package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.http.Json;
import io.streampulse.twitchsim.truth.EventLedger;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.WorldEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns world events into webhook messages for the enabled subscriptions they match, sends challenges for new
 * subscriptions, and revocations when a subscription is revoked.
 */
public final class EventSubHub {
    /** Twitch sends the challenge shortly after answering 202; so does the simulator. */
    private static final java.time.Duration CHALLENGE_DELAY = java.time.Duration.ofMillis(100);
    private final SubscriptionStore store;
    private final WebhookSender sender;
    private final Payloads payloads;
    private final EventLedger ledger;
    private final Channels channels;
    private final Supplier<Instant> clock;

    public EventSubHub(SubscriptionStore store, WebhookSender sender, EventLedger ledger, Channels channels,
                       io.streampulse.twitchsim.world.Catalog catalog, Supplier<Instant> clock) {
        this.store = store;
        this.sender = sender;
        this.payloads = new Payloads(channels, catalog);
        this.ledger = ledger;
        this.channels = channels;
        this.clock = clock;
    }

    public SubscriptionStore store() {
        return store;
    }

    /** Sends notifications for the events; returns the message ids queued (one per matching subscription). */
    public List<String> publish(List<WorldEvent> events) {
        List<String> ids = new ArrayList<>();
        for (WorldEvent event : events) {
            String type = Payloads.typeOf(event);
            List<Subscription> targets = new ArrayList<>();
            if (event instanceof WorldEvent.Raided raid) {
                targets.addAll(routed(type, "from_broadcaster_user_id", raid.broadcaster()));
                targets.addAll(routed(type, "to_broadcaster_user_id", raid.to()));
            } else {
                targets.addAll(routed(type, "broadcaster_user_id", event.broadcaster()));
            }
            if (!targets.isEmpty()) {
                Map<String, Object> payload = payloads.event(event, "live");
                for (Subscription subscription : targets) {
                    ids.add(notify(subscription, channels.userId(event.broadcaster()), event.at(), payload));
                }
            }
        }
        return ids;
    }

    /** user.authorization.revoke for the client's subscriptions; returns the message ids. */
    public List<String> publishAuthorizationRevoked(String clientId, int user) {
        List<String> ids = new ArrayList<>();
        Map<String, Object> payload = payloads.authorizationRevoked(clientId, user);
        for (Subscription s : store.routedTo(SubscriptionType.dispatchKey("user.authorization.revoke", "client_id", clientId))) {
            if (Subscription.ENABLED.equals(s.status())) {
                ids.add(notify(s, channels.userId(user), clock.get(), payload));
            }
        }
        return ids;
    }

    private List<Subscription> routed(String type, String key, int broadcaster) {
        List<Subscription> enabled = new ArrayList<>();
        for (Subscription s : store.routedTo(SubscriptionType.dispatchKey(type, key, channels.userId(broadcaster)))) {
            if (Subscription.ENABLED.equals(s.status())) {
                enabled.add(s);
            }
        }
        return enabled;
    }

    private String notify(Subscription subscription, String broadcasterId, Instant occurredAt, Map<String, Object> event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscription", subscription.toMessageJson(Subscription.ENABLED));
        body.put("event", event);
        String id = UUID.randomUUID().toString();
        ledger.queued(id, Message.NOTIFICATION, subscription.id(), subscription.type(), subscription.version(),
                broadcasterId, occurredAt, event);
        sender.enqueue(new Message(subscription, id, Message.NOTIFICATION, Json.bytes(body), 0, false, null));
        return id;
    }

    /** Sends the webhook_callback_verification challenge of a new subscription. */
    void challenge(Subscription subscription) {
        String challenge = UUID.randomUUID().toString().replace("-", "") + "-sim";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge", challenge);
        body.put("subscription", subscription.toMessageJson(Subscription.PENDING));
        sender.retryLater(new Message(subscription, UUID.randomUUID().toString(), Message.VERIFICATION,
                Json.bytes(body), 0, false, challenge), CHALLENGE_DELAY);
    }

    /** Sets the subscription's status to the reason and sends the revocation message (once, no retry). */
    public void revoke(Subscription subscription, String reason) {
        subscription.status(reason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscription", subscription.toMessageJson(reason));
        String id = UUID.randomUUID().toString();
        ledger.queued(id, Message.REVOCATION, subscription.id(), subscription.type(), subscription.version(),
                subscription.primaryConditionValue(), clock.get(), null);
        sender.enqueue(new Message(subscription, id, Message.REVOCATION, Json.bytes(body), 0, false, null));
    }
}
