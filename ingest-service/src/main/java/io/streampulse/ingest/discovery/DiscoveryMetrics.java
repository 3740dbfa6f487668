package io.streampulse.ingest.discovery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.streampulse.contracts.stream.DiscoverySource;
import java.util.Locale;

/** {@code ingest.discovery.new{source}}: streams published to twitch.streams.discovered.v1. */
public final class DiscoveryMetrics {

    private final MeterRegistry registry;

    public DiscoveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void published(DiscoverySource source, int count) {
        Counter.builder("ingest.discovery.new").description("New streams published as discovered")
            .tag("source", source.name().toLowerCase(Locale.ROOT)).register(registry).increment(count);
    }

    void onlineLookup(String outcome) {
        Counter.builder("ingest.discovery.online.lookups")
            .description("Get Streams lookups filling the first state of stream.online discoveries")
            .tag("outcome", outcome).register(registry).increment();
    }
}
