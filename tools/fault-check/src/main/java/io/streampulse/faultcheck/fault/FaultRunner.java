package io.streampulse.faultcheck.fault;

import io.streampulse.faultcheck.Progress;
import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.probe.Recovery;
import io.streampulse.faultcheck.probe.RecoveryProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the schedule step by step: inject, hold, lift, then wait for the stack to recover before the next one. */
public final class FaultRunner {

    private final RecoveryProbe probe;
    private final RunOptions options;
    private final Progress progress;

    public FaultRunner(RecoveryProbe probe, RunOptions options, Progress progress) {
        this.probe = probe;
        this.options = options;
        this.progress = progress;
    }

    public List<StepResult> run(List<FaultStep> steps) {
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FaultStep step = steps.get(i);
            progress.step("fault " + (i + 1) + "/" + steps.size() + ": " + step.name());
            StepResult result = run(i + 1, step);
            progress.step("  " + result.check());
            results.add(result);
            Waits.hold(options.soak());
        }
        return results;
    }

    private StepResult run(int number, FaultStep step) {
        Instant injectedAt = Instant.now();
        Optional<String> error = attempt(step.inject());
        Waits.hold(step.hold());
        Instant clearedAt = Instant.now();
        Optional<String> clearError = attempt(step.clear());
        Recovery recovery = probe.await(clearedAt, options.stepTimeout());
        return new StepResult(number, step.name(), step.blinding(), injectedAt, clearedAt, recovery,
                error.or(() -> clearError));
    }

    private static Optional<String> attempt(Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.toString());
        }
    }
}
