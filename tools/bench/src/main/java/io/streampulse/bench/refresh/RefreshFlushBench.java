package io.streampulse.bench.refresh;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.SimStats;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.bench.stats.Distribution;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code refresh-flush}: two refresh processes under load; after the warm-up the bench's private Redis gets
 * FLUSHALL (active set, partition markers and the shared rate budget gone). Measures how long until the active
 * set is whole again (rebuilt from twitch.streams.live.v1, no operator action), the extra delay the streams
 * suffer, the 429s that follow, and that no stream live throughout is lost.
 */
public final class RefreshFlushBench implements Benchmark {

    @Override
    public String name() {
        return "refresh-flush";
    }

    @Override
    public String usage() {
        return FaultOptions.USAGE;
    }

    @Override
    public BenchResult run(Args args, Workspace workspace) throws Exception {
        FaultOptions options = FaultOptions.parse(args);
        RigSettings settings = options.settings();
        Duration warmUp = options.warmUp();
        Duration after = options.after();
        String id = "refresh-flush";
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        Services services = options.services(workspace, id);
        try (RefreshRig rig = RefreshRig.start(settings, services)) {
            Progress progress = new Progress(rig, machine);
            rig.awaitActiveSet(progress);
            progress.run("warm-up", warmUp);
            long size = rig.activeSet.size();
            SimStats beforeFlush = SimStats.of(rig.simUrl());
            long flushedAt = System.currentTimeMillis();
            rig.tracker.mark(flushedAt);
            rig.activeSet.flushAll();
            Console.log("FLUSHALL on the private Redis (the active set held %,d streams)", size);
            boolean back = progress.runUntil("rebuild", Duration.ofMinutes(3),
                () -> rig.activeSet.size() >= size && rig.activeSet.markers() == 12);
            double backSeconds = back ? (System.currentTimeMillis() - flushedAt) / 1000.0 : Double.NaN;
            Console.log("active set back: %s after %.1f s", back, backSeconds);
            List<String> all = rig.fed.stream().map(SessionRecord::broadcasterId).toList();
            progress.run("after the flush", Duration.ofMillis(Math.max(0, flushedAt + after.toMillis()
                - System.currentTimeMillis())));
            SimStats sinceFlush = SimStats.of(rig.simUrl()).since(beforeFlush);
            List<Figure> figures = figures(rig, backSeconds, all, flushedAt, sinceFlush);
            return new BenchResult(id, "Refresh after FLUSHALL of Redis under load, " + String.format("%,d",
                rig.fed.size()) + " live streams", description(), workspace.command(), started,
                Duration.between(started, Instant.now()).toSeconds(), machine.finish(),
                setup(settings, rig, warmUp, after, size), figures, List.of());
        }
    }

    private static List<Figure> figures(RefreshRig rig, double backSeconds, List<String> streams, long flushedAt,
                                        SimStats sinceFlush) {
        double interval = rig.settings.interval().toSeconds();
        Distribution across = rig.tracker.gapsAcrossMark(streams).distribution().scaled(1000);
        long again = rig.tracker.allObservedAgainAt(streams);
        LossCheck loss = LossCheck.run(rig);
        return List.of(
            Figure.of("active set back (every stream and all 12 markers)", backSeconds, "s", Target.atMost(60),
                "FLUSHALL to ZCARD sum >= the size before and 12 markers, polled every 250 ms"),
            Figure.info("longest extra delay of a stream", across.max() - interval, "s",
                "max gap across the flush minus the interval"),
            Figure.info("p95 extra delay of a stream", across.p95() - interval, "s", "same, p95"),
            Figure.info("every stream observed again after", again == 0 ? Double.NaN : (again - flushedAt) / 1000.0,
                "s", "from the flush; at least one interval by construction"),
            Figure.info("429 responses after the flush", sinceFlush.rateLimited(), "",
                "simulator; the flush also emptied the shared budget, which starts full again"),
            Figure.info("streams live throughout", loss.liveThroughout(), "", "simulator ground truth, feed to end"),
            Figure.of("streams lost", loss.lost(), "", Target.atMost(0),
                "live throughout but not in the active set (" + loss.notInActiveSet() + ") or not observed in the "
                    + "last two intervals (" + loss.notObservedLately() + ")"));
    }

    private static String description() {
        return "Two refresh-service processes (its jar) against the simulator (REAL clock), Kafka (libs/testkit, in "
            + "the bench JVM) and a private redis-server, fed once with every live stream. After the warm-up the "
            + "bench sends FLUSHALL to that Redis; refresh notices the missing partition markers and rebuilds each "
            + "partition's set from the compacted twitch.streams.live.v1. The bench polls the set's size and markers.";
    }

    private static Map<String, String> setup(RigSettings s, RefreshRig rig, Duration warmUp, Duration after,
                                             long size) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("refresh-service jar", rig.refreshJar());
        setup.put("live streams fed", String.format("%,d", rig.fed.size()));
        setup.put("active set before the flush", String.format("%,d", size));
        setup.put("simulator", String.format("%,d channels, REAL clock, %d points/min", s.channels(), s.rateLimit()));
        setup.put("refresh replicas", "2 processes, interval " + s.interval().toSeconds()
            + " s, marker check every 5 s (defaults)");
        setup.put("warm-up, after the flush", warmUp.toSeconds() + " s, " + after.toSeconds() + " s");
        return setup;
    }
}
