package io.streampulse.bench.refresh;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.twitchsim.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code refresh}: refresh-service's capacity. One client id at 800 points/min, two refresh processes, the
 * simulator's world holding still (MANUAL clock) with {@code --live} streams fed once to the discovered topic,
 * then no more discovery (or, with {@code --discovery}, ingest-service's jar sweeping on the same budget).
 * After a warm-up, it measures over {@code --minutes}: ids per call, 429s, budget used, staleness percentiles,
 * and with discovery each side's share of the budget.
 */
public final class RefreshCapacityBench implements Benchmark {

    @Override
    public String name() {
        return "refresh";
    }

    @Override
    public String usage() {
        return "[--live 80000] [--minutes 6] [--warmup 2] [--interval 60] [--refresh-jar <path>] [--replicas 2] [--discovery]";
    }

    @Override
    public BenchResult run(Args args, Workspace workspace) throws Exception {
        RigSettings settings = new RigSettings(args.integer("live", 80_000), ClockMode.MANUAL,
            Duration.ofSeconds(args.integer("interval", 60)), args.integer("replicas", 2), args.flag("discovery"),
            800);
        Duration warmUp = Duration.ofSeconds((long) (args.decimal("warmup", 2) * 60));
        Duration window = Duration.ofSeconds((long) (args.decimal("minutes", 6) * 60));
        String refreshJar = args.text("refresh-jar", "");
        args.rejectUnread();
        String id = "refresh-" + label(settings.live()) + (settings.ingest() ? "-discovery" : "");
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        Services services = new Services(workspace.jarOr(refreshJar, "refresh-service"),
            settings.ingest() ? workspace.jar("ingest-service") : null, workspace.runDirectory(id));
        try (RefreshRig rig = RefreshRig.start(settings, services)) {
            Progress progress = new Progress(rig, machine);
            rig.awaitActiveSet(progress);
            progress.run("warm-up", warmUp);
            // Each snapshot stands for the middle of the time it took to read the counters: the observations are
            // counted between those two moments, so calls and the ids they asked for cover the same span.
            long before = System.currentTimeMillis();
            Snapshot start = Snapshot.take(rig);
            long from = (before + System.currentTimeMillis()) / 2;
            rig.tracker.measureGaps(from, from + window.toMillis());
            Console.log("measuring for %d s from now", window.toSeconds());
            progress.run("measure", window);
            long beforeEnd = System.currentTimeMillis();
            Snapshot delta = Snapshot.take(rig).since(start);
            long to = (beforeEnd + System.currentTimeMillis()) / 2;
            awaitTracker(rig, Math.max(to, from + window.toMillis()));
            dumpMetrics(rig);
            Window measured = Window.of(delta, rig.tracker, Topics.STREAMS_OBSERVATIONS.partitions(), from, to);
            CapacityFigures figures = new CapacityFigures(settings, rig.fed.size(), measured);
            return new BenchResult(id, title(settings), description(settings), workspace.command(), started,
                Duration.between(started, Instant.now()).toSeconds(), machine.finish(),
                setup(settings, rig, warmUp, window), figures.all(), figures.notes());
        }
    }

    /** Waits until the tracker has read every partition past the window's end (it lags under load). */
    private static void awaitTracker(RefreshRig rig, long until) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (rig.tracker.readUpToMillis() < until && System.currentTimeMillis() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        Console.log("observations read up to %d ms past the window's end", rig.tracker.readUpToMillis() - until);
    }

    /** Each service's Prometheus text at the end of the window, next to its log, for a closer look. */
    private static void dumpMetrics(RefreshRig rig) throws java.io.IOException {
        for (ServiceProcess p : rig.replicas) {
            java.nio.file.Files.writeString(rig.logDir().resolve(p.name() + ".prometheus.txt"), p.prometheus());
        }
        for (ServiceProcess p : rig.ingest) {
            java.nio.file.Files.writeString(rig.logDir().resolve(p.name() + ".prometheus.txt"), p.prometheus());
        }
    }

    static String label(int live) {
        return live % 1000 == 0 ? live / 1000 + "k" : Integer.toString(live);
    }

    private static String title(RigSettings s) {
        return String.format("Refresh capacity: %,d live streams, %s, %d replicas, one client id at %d/min",
            s.live(), s.ingest() ? "discovery sweeping too" : "discovery paused", s.replicas(), s.rateLimit());
    }

    private static String description(RigSettings s) {
        return "Two refresh-service processes (its jar) against the simulator (in the bench JVM, world held still), "
            + "a Kafka broker (libs/testkit, in the bench JVM) and a private redis-server. The simulator's live "
            + "streams are published once to twitch.streams.discovered.v1 as ingest would (seen over one interval)"
            + (s.ingest() ? "; ingest-service's jar sweeps Get Streams at DISCOVERY priority on the same Redis budget"
                : "; no discovery afterwards") + ". After the warm-up, the window measures Helix calls and 429s "
            + "(simulator's /admin/stats), ids per call and budget points (services' Prometheus counters) and "
            + "staleness: the gap between successive observations of a stream on twitch.streams.observations.v1.";
    }

    private static Map<String, String> setup(RigSettings s, RefreshRig rig, Duration warmUp, Duration window) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("refresh-service jar", rig.refreshJar());
        setup.put("live streams fed (simulator ground truth)", String.format("%,d", rig.fed.size()));
        setup.put("simulator", String.format("%,d channels, %s clock, %d points/min, flap rate 1 %%", s.channels(),
            s.clock(), s.rateLimit()));
        setup.put("refresh replicas", s.replicas() + " processes of refresh-service.jar, -Xmx" + RigSettings.SERVICE_HEAP
            + ", interval " + s.interval().toSeconds() + " s, other settings default");
        setup.put("discovery", s.ingest() ? "ingest-service.jar, sweeps on (defaults), subscriptions off" : "paused");
        setup.put("warm-up, measured window", warmUp.toSeconds() + " s, " + window.toSeconds() + " s");
        setup.put("logs", "tools/bench/target/runs/ (per run)");
        return setup;
    }
}
