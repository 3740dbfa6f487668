package io.streampulse.faultcheck;

import io.streampulse.faultcheck.clean.CleanRun;
import io.streampulse.faultcheck.fault.FaultRunner;
import io.streampulse.faultcheck.fault.FaultSchedule;
import io.streampulse.faultcheck.fault.FaultStep;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.probe.ObservationTail;
import io.streampulse.faultcheck.probe.ProbeEvents;
import io.streampulse.faultcheck.probe.Recovery;
import io.streampulse.faultcheck.probe.RecoveryProbe;
import io.streampulse.faultcheck.report.FaultOutcome;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.setup.WatchedChannels;
import io.streampulse.faultcheck.sim.TruthSession;
import io.streampulse.faultcheck.stack.ChildLauncher;
import io.streampulse.faultcheck.stack.PrivateStack;
import io.streampulse.faultcheck.stack.StackLayout;
import io.streampulse.faultcheck.store.ArchiveReader;
import io.streampulse.faultcheck.store.RollupReader;
import io.streampulse.faultcheck.store.Sql;
import io.streampulse.faultcheck.webhook.WebhookFaults;
import io.streampulse.faultcheck.webhook.WebhookPoster;
import io.streampulse.localstack.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One fault-tolerance run: start the private stack, watch some channels, check the pipeline flows, run the fault
 * schedule (each step waits for recovery), let the world go quiet, score sessions and events against the
 * simulator's ground truth, and compare the rollups with a clean run.
 */
public final class FaultCheck {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    static final Duration SUBSCRIPTIONS_TIMEOUT = Duration.ofSeconds(180);

    private final RunOptions options;
    private final Progress progress;

    public FaultCheck(RunOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public FaultOutcome run() {
        FaultOutcome outcome = new FaultOutcome(options);
        long begin = System.nanoTime();
        try {
            Path workDir = workDirectory();
            progress.step("work directory " + workDir + " (logs in " + workDir.resolve("logs") + ")");
            runIn(workDir, outcome, begin);
        } catch (RuntimeException | IOException e) {
            outcome.abort(e.toString());
            progress.step("aborted: " + e);
        }
        outcome.finish(Duration.ofNanos(System.nanoTime() - begin));
        return outcome;
    }

    private void runIn(Path workDir, FaultOutcome outcome, long begin) throws IOException {
        try (PrintStream stackLog = new PrintStream(Files.newOutputStream(Files.createDirectories(workDir.resolve("logs"))
                .resolve("stack.log")), true)) {
            StackLayout layout = StackLayout.locate(options.repoDir(), workDir);
            ChildLauncher launcher = new ChildLauncher(new Console(stackLog, begin, false), workDir);
            try (PrivateStack stack = new PrivateStack(options, layout, launcher)) {
                // Ctrl-C or SIGTERM: the Java children exit by their watchdog; PostgreSQL and Redis need stopping.
                Thread interrupted = new Thread(stack::close, "fault-check-stop");
                Runtime.getRuntime().addShutdownHook(interrupted);
                try {
                    new Session(stack, outcome).run();
                } finally {
                    removeHook(interrupted);
                }
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the stack
        }
    }

    /** A new directory: a broker or database left by an earlier run would mix its data into this one's score. */
    private Path workDirectory() {
        try {
            if (options.workDir().isEmpty()) {
                return Files.createTempDirectory("fault-check-");
            }
            Path dir = options.workDir().get().toAbsolutePath();
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("--work-dir " + dir + " is not empty: give a new directory");
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work directory", e);
        }
    }

    /** The phases of a run on a started stack. */
    private final class Session {
        private final PrivateStack stack;
        private final FaultOutcome outcome;
        private final ArchiveReader archive;
        private final RollupReader rollups;
        private final WebhookFaults webhooks;

        Session(PrivateStack stack, FaultOutcome outcome) {
            this.stack = stack;
            this.outcome = outcome;
            this.archive = new ArchiveReader(new Sql(stack.postgres(), PrivateStack.DATABASE));
            this.rollups = new RollupReader(new Sql(stack.postgres(), PrivateStack.DATABASE));
            this.webhooks = new WebhookFaults(stack.sim(), new WebhookPoster(stack.webhookUrl()), PrivateStack.EVENTSUB_SECRET);
        }

        void run() {
            List<Path> missing = stack.layout().missingJars(jars());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("build first (./mvnw -B -q install -DskipTests): missing " + missing);
            }
            stack.layout().snapshot(jars());
            timed("start-up", () -> {
                stack.start(STARTUP_TIMEOUT, progress);
                return null;
            });
            Instant readyAt = Instant.now();
            try (ObservationTail observations = new ObservationTail(stack.kafka().bootstrapServers());
                 CleanRun clean = new CleanRun(stack)) {
                List<TruthSession> watched = timed("watchlist", this::watch);
                RecoveryProbe probe = new RecoveryProbe(stack.services(), stack.sim(), observations,
                        new ProbeEvents(stack.sim(), watched.stream().map(TruthSession::broadcasterId).toList()),
                        archive, rollups);
                steadyState(probe);
                List<StepResult> steps = timed("faults", () -> faults(probe));
                outcome.steps(steps);
                new QuietPeriod(stack, new Scoring(stack.sim(), archive, stack.kafka().bootstrapServers()), options, progress)
                        .run(outcome, clean, readyAt, steps, webhooks);
                timed("rollups", () -> {
                    new RollupComparison(stack, archive, progress).run(outcome, clean, clean.started());
                    return null;
                });
            }
        }

        private List<TruthSession> watch() {
            List<TruthSession> watched = WatchedChannels.choose(stack.sim(), options.watched());
            WatchedChannels.watch(stack.sim(), stack.kafka().bootstrapServers(), watched);
            boolean subscribed = WatchedChannels.awaitSubscriptions(stack.sim(), stack.webhookUrl(), watched.size(),
                    SUBSCRIPTIONS_TIMEOUT);
            long enabled = WatchedChannels.enabled(stack.sim(), stack.webhookUrl());
            outcome.check(Check.of("setup: EventSub subscriptions of the watched channels", subscribed, watched.size()
                    + " channels watched and authorized, " + enabled + " subscriptions enabled"));
            progress.step(watched.size() + " channels watched, " + enabled + " EventSub subscriptions enabled");
            return watched;
        }

        private void steadyState(RecoveryProbe probe) {
            // The first data after start-up: the aggregator starts on a backlog, so this gets the start-up timeout.
            Recovery steady = probe.await(Instant.now(), STARTUP_TIMEOUT);
            outcome.steadyState(steady);
            outcome.check(Check.of("steady state: data flows end to end", steady.recovered(), steady.time()
                    .map(t -> "a channel event reached archive and the aggregator in " + Progress.seconds(t))
                    .orElse("not flowing: " + steady.missing())));
            progress.step("steady state: " + steady.time().map(Progress::seconds).orElse("NOT FLOWING " + steady.missing())
                    + " (" + steady.breakdown() + ")");
        }

        private List<StepResult> faults(RecoveryProbe probe) {
            FaultRunner runner = new FaultRunner(probe, options, progress);
            List<StepResult> results = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
                List<FaultStep> steps = FaultSchedule.build(stack, options, webhooks).stream()
                        .filter(step -> options.runs(step.name())).toList();
                results.addAll(runner.run(steps));
            }
            return results;
        }

        private List<Path> jars() {
            List<Path> jars = new ArrayList<>();
            jars.add(stack.layout().repository().resolve("tools/twitch-sim/target/twitch-sim.jar"));
            PrivateStack.SERVICES.forEach(s -> jars.add(stack.layout().repository()
                    .resolve(s + "-service/target/" + s + "-service.jar")));
            return jars;
        }

        private <T> T timed(String phase, Callable<T> work) {
            long begin = System.nanoTime();
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                outcome.phase(phase, Duration.ofNanos(System.nanoTime() - begin));
            }
        }
    }
}
