package io.streampulse.twitch.helix;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Helix figures: twitch.helix.calls{endpoint,status} (status = HTTP code, "timeout" or "io_error"),
 * twitch.helix.429{endpoint}, twitch.helix.retries{endpoint,reason}, twitch.helix.latency{endpoint},
 * twitch.helix.ids.per.call{endpoint}.
 */
final class HelixMetrics {

    private final MeterRegistry registry;

    HelixMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void call(String endpoint, String status, Duration latency) {
        Counter.builder("twitch.helix.calls").tag("endpoint", endpoint).tag("status", status)
                .description("Helix requests by endpoint and outcome").register(registry).increment();
        Timer.builder("twitch.helix.latency").tag("endpoint", endpoint)
                .description("Helix request latency").register(registry).record(latency);
    }

    void rateLimited(String endpoint) {
        Counter.builder("twitch.helix.429").tag("endpoint", endpoint)
                .description("Helix 429 Too Many Requests").register(registry).increment();
    }

    void retry(String endpoint, String reason) {
        Counter.builder("twitch.helix.retries").tag("endpoint", endpoint).tag("reason", reason)
                .description("Helix retries by reason").register(registry).increment();
    }

    void ids(String endpoint, int ids) {
        DistributionSummary.builder("twitch.helix.ids.per.call").tag("endpoint", endpoint)
                .description("ids or logins asked for in one Helix call").register(registry).record(ids);
    }
}
