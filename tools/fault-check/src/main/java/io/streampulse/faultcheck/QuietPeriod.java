package io.streampulse.faultcheck;

import io.streampulse.faultcheck.clean.CleanRun;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.report.FaultOutcome;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.EventScore;
import io.streampulse.faultcheck.score.Observability;
import io.streampulse.faultcheck.score.SessionScore;
import io.streampulse.faultcheck.sim.TruthSession;
import io.streampulse.faultcheck.stack.PrivateStack;
import io.streampulse.faultcheck.stack.ServiceTuning;
import io.streampulse.faultcheck.webhook.WebhookFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the faults: the simulator stops generating follows, subs and cheers, every broadcast still live is ended
 * (stream.offline), then the run waits, touching nothing,
 * until archive has closed every broadcast that ended by then and every acknowledged event is stored (or the quiet
 * timeout), checks that every service is ready on its own, and scores sessions and events. The clean run starts
 * meanwhile.
 */
final class QuietPeriod {

    /** Unbroken live time a broadcast needs outside every fault to be seen: two sweeps and a margin. */
    static final Duration OBSERVABLE_AFTER = ServiceTuning.SWEEP_INTERVAL.multipliedBy(2).plusSeconds(10);

    private final PrivateStack stack;
    private final Scoring scoring;
    private final RunOptions options;
    private final Progress progress;

    QuietPeriod(PrivateStack stack, Scoring scoring, RunOptions options, Progress progress) {
        this.stack = stack;
        this.scoring = scoring;
        this.options = options;
        this.progress = progress;
    }

    void run(FaultOutcome outcome, CleanRun clean, Instant readyAt, List<StepResult> steps, WebhookFaults webhooks) {
        long begin = System.nanoTime();
        clean.startInBackground(FaultCheck.STARTUP_TIMEOUT);
        stack.sim().faults(Map.of("event_rate_per_channel", 0.0));
        int ended = endEveryBroadcast();
        Instant cutoff = Instant.now();
        progress.step("quiet period: ended the " + ended + " live broadcasts; waiting for archive to close them");
        Observability observability = new Observability(readyAt, cutoff,
                steps.stream().filter(StepResult::blinding).map(StepResult::disturbed).toList(), OBSERVABLE_AFTER);
        boolean settled = Waits.until(() -> scoring.sessions(observability, cutoff, false).lost().isEmpty()
                && settledEvents(scoring.events(Set.of(), false)), options.quietTimeout(), Duration.ofSeconds(3));
        List<String> notReady = stack.services().notReady();
        outcome.check(Check.of("every service ready at the end, untouched", notReady.isEmpty() && stack.sim().healthy(),
                notReady.isEmpty() ? "all of " + stack.services().names() + " answer ready" : "not ready: " + notReady));
        outcome.phase("quiet period", Duration.ofNanos(System.nanoTime() - begin));
        progress.step("quiet period over (" + (settled ? "everything archived" : "timed out") + "); scoring");
        SessionScore sessions = scoring.sessions(observability, cutoff, true);
        outcome.sessions(sessions);
        outcome.events(scoring.events(webhooks.forgedIds(), true));
        outcome.checks(webhooks.checks());
        outcome.fact("broadcasts in the ground truth", sessions.truth());
        outcome.fact("broadcasts not observable (too short, before start-up or while a fault blinded discovery)",
                sessions.notObservable());
        outcome.fact("webhook deliveries re-posted", webhooks.reposted());
    }

    private int endEveryBroadcast() {
        List<TruthSession> live = stack.sim().sessions().stream().filter(TruthSession::live).toList();
        live.forEach(session -> stack.sim().offline(session.broadcasterId()));
        return live.size();
    }

    private static boolean settledEvents(EventScore events) {
        return events.lost().isEmpty() && events.pending() == 0;
    }
}
