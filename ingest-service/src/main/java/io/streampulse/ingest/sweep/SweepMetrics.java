package io.streampulse.ingest.sweep;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code ingest.sweep.cycles}, {@code ingest.sweep.splits{outcome}}, {@code ingest.sweep.pages},
 * {@code ingest.sweep.streams.seen}, {@code ingest.sweep.duplicates}, {@code ingest.sweep.cursor.restarts}
 * (new streams: {@code ingest.discovery.new{source="sweep"}}).
 */
public final class SweepMetrics {

    private final MeterRegistry registry;
    private final Counter cycles;
    private final Counter pages;
    private final Counter seen;
    private final Counter duplicates;
    private final Counter restarts;

    public SweepMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.cycles = Counter.builder("ingest.sweep.cycles")
            .description("Sweep cycles in which this replica swept at least one split").register(registry);
        this.pages = Counter.builder("ingest.sweep.pages").description("Get Streams pages read by sweeps")
            .register(registry);
        this.seen = Counter.builder("ingest.sweep.streams.seen").description("Distinct streams seen per split")
            .register(registry);
        this.duplicates = Counter.builder("ingest.sweep.duplicates")
            .description("Streams seen twice within one split (the list moved between pages)").register(registry);
        this.restarts = Counter.builder("ingest.sweep.cursor.restarts")
            .description("Splits restarted from page one after 400 invalid cursor").register(registry);
    }

    void cycle() {
        cycles.increment();
    }

    void page(int streams, int repeated) {
        pages.increment();
        seen.increment(streams);
        duplicates.increment(repeated);
    }

    void cursorRestart() {
        restarts.increment();
    }

    void split(String outcome) {
        Counter.builder("ingest.sweep.splits").description("Splits swept by this replica, by outcome")
            .tag("outcome", outcome).register(registry).increment();
    }
}
