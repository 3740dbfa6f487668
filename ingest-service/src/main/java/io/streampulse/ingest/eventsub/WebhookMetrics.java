package io.streampulse.ingest.eventsub;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** {@code ingest.webhook.requests{outcome}} and {@code ingest.webhook.ack.latency{outcome}} (p50/p99 published). */
public final class WebhookMetrics {

    static final String REQUESTS = "ingest.webhook.requests";
    static final String LATENCY = "ingest.webhook.ack.latency";

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(WebhookResponse response, Duration took) {
        String outcome = response.outcome();
        Counter.builder(REQUESTS).description("EventSub webhook requests by outcome").tag("outcome", outcome)
            .register(registry).increment();
        Timer.builder(LATENCY).description("Time from receiving a webhook body to the answer")
            .tag("outcome", outcome).publishPercentiles(0.5, 0.99).publishPercentileHistogram()
            .register(registry).record(took);
    }
}
