package io.streampulse.faultcheck.fault;

import java.time.Duration;

/**
 * One fault of the schedule: what breaks, how long it stays broken, what lifts it (nothing for one-shots), and
 * whether it blinds StreamPulse to Twitch while it lasts ({@code blinding}: discovery or refresh cannot see
 * broadcasts, so one that starts and ends meanwhile is invisible to any implementation). A fault that does not
 * blind (archive, aggregator or api down, PostgreSQL down, webhook abuse) must lose nothing at all.
 */
public record FaultStep(String name, Runnable inject, Duration hold, Runnable clear, boolean blinding) {

    static final Runnable NOTHING = () -> { };

    static FaultStep oneShot(String name, Runnable inject, boolean blinding) {
        return new FaultStep(name, inject, Duration.ZERO, NOTHING, blinding);
    }
}
