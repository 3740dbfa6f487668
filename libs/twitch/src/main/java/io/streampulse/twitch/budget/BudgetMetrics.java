package io.streampulse.twitch.budget;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Budget figures: twitch.budget.remaining (local view), twitch.budget.twitch.remaining (header),
 * twitch.budget.waits / twitch.budget.wait.time / twitch.budget.points / twitch.budget.queued by priority,
 * twitch.budget.blocks (429 blocks). All tagged with client_id.
 */
final class BudgetMetrics {

    private final AtomicLong localRemainingBits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
    private final AtomicLong twitchRemaining = new AtomicLong(-1);
    private final Map<Priority, Counter> waits = new EnumMap<>(Priority.class);
    private final Map<Priority, Timer> waitTime = new EnumMap<>(Priority.class);
    private final Map<Priority, Counter> points = new EnumMap<>(Priority.class);
    private final Counter blocks;

    BudgetMetrics(MeterRegistry registry, String clientId, ToIntFunction<Priority> queued) {
        Tags tags = Tags.of("client_id", clientId);
        Gauge.builder("twitch.budget.remaining", localRemainingBits, b -> Double.longBitsToDouble(b.get()))
                .tags(tags).description("points in the shared bucket as this process last saw it")
                .strongReference(true).register(registry);
        Gauge.builder("twitch.budget.twitch.remaining", twitchRemaining, AtomicLong::get)
                .tags(tags).description("Ratelimit-Remaining of the last Helix response").strongReference(true)
                .register(registry);
        for (Priority p : Priority.values()) {
            Tags pt = tags.and("priority", p.tag());
            waits.put(p, Counter.builder("twitch.budget.waits").tags(pt)
                    .description("acquisitions that had to wait").register(registry));
            waitTime.put(p, Timer.builder("twitch.budget.wait.time").tags(pt)
                    .description("time from acquire to grant").register(registry));
            points.put(p, Counter.builder("twitch.budget.points").tags(pt)
                    .description("points granted").register(registry));
            Gauge.builder("twitch.budget.queued", () -> queued.applyAsInt(p)).tags(pt)
                    .description("requests waiting in this process").strongReference(true).register(registry);
        }
        blocks = Counter.builder("twitch.budget.blocks").tags(tags)
                .description("429 blocks: everybody waits until Ratelimit-Reset").register(registry);
    }

    void localRemaining(double tokens) {
        localRemainingBits.set(Double.doubleToLongBits(tokens));
    }

    void twitchRemaining(long remaining) {
        twitchRemaining.set(remaining);
    }

    void granted(Priority priority, int granted, Duration waited, boolean hadToWait) {
        points.get(priority).increment(granted);
        waitTime.get(priority).record(waited);
        if (hadToWait) {
            waits.get(priority).increment();
        }
    }

    void blocked() {
        blocks.increment();
    }
}
