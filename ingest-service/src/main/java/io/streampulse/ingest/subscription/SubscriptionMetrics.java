package io.streampulse.ingest.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ingest.subscriptions.active} (ours, enabled or pending, at the last full reconcile),
 * {@code ingest.subscriptions.cost.used} / {@code .cost.max} (Twitch's total_cost / max_total_cost), and counters
 * {@code ingest.subscriptions.changes{action,type}} and {@code ingest.subscriptions.refused{reason,type}}.
 */
public final class SubscriptionMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger costUsed = new AtomicInteger();
    private final AtomicInteger costMax = new AtomicInteger();

    public SubscriptionMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("ingest.subscriptions.active", active, AtomicInteger::get)
            .description("EventSub subscriptions of this deployment, enabled or pending").register(registry);
        Gauge.builder("ingest.subscriptions.cost.used", costUsed, AtomicInteger::get)
            .description("Twitch's total_cost of the app's subscriptions").register(registry);
        Gauge.builder("ingest.subscriptions.cost.max", costMax, AtomicInteger::get)
            .description("Twitch's max_total_cost").register(registry);
    }

    void active(int count) {
        active.set(count);
    }

    void cost(int used, int max) {
        costUsed.set(used);
        costMax.set(max);
    }

    int costUsed() {
        return costUsed.get();
    }

    int costMax() {
        return costMax.get();
    }

    void changed(String action, String type) {
        Counter.builder("ingest.subscriptions.changes").description("Subscriptions created or deleted")
            .tag("action", action).tag("type", type).register(registry).increment();
    }

    void refused(String reason, String type) {
        Counter.builder("ingest.subscriptions.refused")
            .description("Subscriptions not created: not_authorized (403), cost, conflict, failed, gone")
            .tag("reason", reason).tag("type", type).register(registry).increment();
    }
}
