package io.streampulse.ingest.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streampulse.ingest.sweep.DiscoverySweep;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every poll interval, takes part in the current sweep cycle ({@code epoch millis / interval}: the same cycle on
 * every replica), so the splits of a cycle are shared among the replicas through their Redis leases.
 */
@Singleton
@Requires(property = "streampulse.sweep.enabled", value = "true")
class SweepScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SweepScheduler.class);

    private final DiscoverySweep sweep;
    private final Clock clock;

    SweepScheduler(DiscoverySweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${streampulse.sweep.poll-interval}", initialDelay = "${streampulse.sweep.poll-interval}")
    void poll() {
        long cycle = clock.millis() / sweep.settings().interval().toMillis();
        try {
            sweep.runCycle(Long.toString(cycle));
        } catch (RuntimeException e) {
            LOG.warn("Sweep cycle {} stopped: {}", cycle, e.toString());
        }
    }
}
