package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.helix.HelixRoute;
import io.streampulse.twitchsim.oauth.Grants;
import io.streampulse.twitchsim.truth.EventLedger;
import io.streampulse.twitchsim.world.Catalog;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Moderators;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** Wires the EventSub feature: store, sender, delivery rules, hub and the Helix endpoints. */
public final class EventSubModule implements AutoCloseable {
    private final SubscriptionStore store = new SubscriptionStore();
    private final DeliveryStats stats = new DeliveryStats();
    private final WebhookSender sender;
    private final EventSubHub hub;
    private final EventSubEndpoints endpoints;

    public EventSubModule(Channels channels, Catalog catalog, Grants grants, Moderators moderators,
                          EventLedger ledger, Supplier<Instant> clock, boolean allowHttpCallbacks,
                          Duration deliveryTimeout, int failureLimit, DoubleSupplier duplicateRate) {
        this.sender = new WebhookSender(deliveryTimeout, ledger, stats);
        this.hub = new EventSubHub(store, sender, ledger, channels, catalog, clock);
        sender.rules(new DeliveryRules(sender, ledger, stats, failureLimit, duplicateRate, hub::revoke));
        this.endpoints = new EventSubEndpoints(hub, grants, moderators, channels, clock, allowHttpCallbacks);
    }

    public void registerOn(HelixRoute route) {
        endpoints.registerOn(route);
    }

    public EventSubHub hub() {
        return hub;
    }

    public SubscriptionStore store() {
        return store;
    }

    public DeliveryStats stats() {
        return stats;
    }

    public int queued() {
        return sender.queued();
    }

    @Override
    public void close() {
        sender.close();
    }
}
