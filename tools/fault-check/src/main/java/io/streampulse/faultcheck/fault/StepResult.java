package io.streampulse.faultcheck.fault;

import io.streampulse.faultcheck.probe.Recovery;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one step did: injected at, lifted at ({@code clearedAt}), and how the stack recovered from then on.
 *
 * @param error why injecting or lifting the fault itself failed (the harness, not the stack), if it did
 */
public record StepResult(int number, String name, boolean blinding, Instant injectedAt, Instant clearedAt,
                         Recovery recovery, Optional<String> error) {

    public Duration outage() {
        return Duration.between(injectedAt, clearedAt);
    }

    /** From the fault until the stack was recovered (or the probe gave up): discovery may have been blind. */
    public Interval disturbed() {
        Instant end = recovery.time().map(clearedAt::plus).orElse(Instant.now());
        return new Interval(injectedAt, end.isBefore(injectedAt) ? injectedAt : end);
    }

    public Check check() {
        String detail = error.map(e -> "could not run the fault: " + e + "; ").orElse("")
                + recovery.time().map(t -> "recovered " + seconds(t) + " after the fault was lifted")
                .orElse("not recovered within the step timeout: " + String.join(", ", recovery.missing()))
                + " (" + recovery.breakdown() + ")"
                + (recovery.notes().isEmpty() ? "" : "; " + String.join("; ", recovery.notes()));
        return Check.of("recovery: " + name, error.isEmpty() && recovery.recovered(), detail);
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
