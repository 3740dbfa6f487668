package io.streampulse.refresh.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The refresh figures operators page on (Helix calls, 429s and budget waits come from libs/twitch as
 * {@code twitch_helix_*} and {@code twitch_budget_*}).
 */
public final class RefreshMetrics {

    private final Counter callsOk;
    private final Counter callsFailed;
    private final DistributionSummary idsPerCall;
    private final Timer staleness;
    private final Counter live;
    private final Counter absent;
    private final Counter unreadable;

    public RefreshMetrics(MeterRegistry registry) {
        callsOk = Counter.builder("refresh.calls").tag("outcome", "ok").description("Refresh Helix calls")
            .register(registry);
        callsFailed = Counter.builder("refresh.calls").tag("outcome", "failed").description("Refresh Helix calls")
            .register(registry);
        idsPerCall = DistributionSummary.builder("refresh.ids.per.call").description("Broadcaster ids per refresh call")
            .publishPercentiles(0.05, 0.5).register(registry);
        staleness = Timer.builder("refresh.staleness")
            .description("Time between two observations of a stream, at the second one")
            .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofMinutes(30))
            .register(registry);
        live = Counter.builder("refresh.observations").tag("status", "LIVE").register(registry);
        absent = Counter.builder("refresh.observations").tag("status", "ABSENT").register(registry);
        unreadable = Counter.builder("refresh.helix.unreadable.streams")
            .description("Streams in a Helix answer that broke the contract (left out)").register(registry);
    }

    void callSucceeded(int ids) {
        callsOk.increment();
        idsPerCall.record(ids);
    }

    void callFailed() {
        callsFailed.increment();
    }

    void observed(Observations observations) {
        live.increment(observations.live().size());
        absent.increment(observations.observations().size() - observations.live().size());
        unreadable.increment(observations.unreadable().size());
    }

    void staleness(Duration sinceLastObservation) {
        staleness.record(sinceLastObservation);
    }

    public Timer stalenessTimer() {
        return staleness;
    }

    public DistributionSummary idsPerCall() {
        return idsPerCall;
    }
}
