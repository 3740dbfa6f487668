package io.streampulse.bench.refresh;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.bench.stats.Distribution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code refresh-failover}: two refresh processes share the streams; after the warm-up one is killed with
 * SIGKILL. Measures how long until the consumer group gives its partitions to the survivor, the extra delay
 * its streams suffer (gap across the kill minus the interval), and that no stream live throughout is lost.
 * The simulator's world moves (REAL clock): streams start and end, and only those live throughout count.
 */
public final class RefreshFailoverBench implements Benchmark {

    @Override
    public String name() {
        return "refresh-failover";
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
        String id = "refresh-failover";
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        Services services = options.services(workspace, id);
        try (RefreshRig rig = RefreshRig.start(settings, services); GroupProbe group = new GroupProbe(rig.kafka)) {
            Progress progress = new Progress(rig, machine);
            rig.awaitActiveSet(progress);
            progress.run("warm-up", warmUp);
            Map<String, Set<Integer>> before = awaitMembers(group, 2);
            Console.log("consumer group before the kill: %s", before);
            ServiceProcess victim = rig.replicas.get(1);
            long killedAt = System.currentTimeMillis();
            rig.tracker.mark(killedAt);
            victim.kill();
            Console.log("SIGKILL %s (pid %d)", victim.name(), victim.pid());
            Moved moved = awaitMoved(group, before, killedAt, progress);
            List<String> streams = streamsOf(rig, moved.partitions());
            progress.runUntil("after the kill", after, () -> rig.tracker.allObservedAgainAt(streams) > 0);
            progress.run("after the kill", Duration.ofMillis(Math.max(0, killedAt + after.toMillis()
                - System.currentTimeMillis())));
            List<Figure> figures = figures(rig, moved, streams, killedAt);
            return new BenchResult(id, "Refresh failover: SIGKILL of one of two replicas, " + String.format("%,d",
                rig.fed.size()) + " live streams", description(), workspace.command(), started,
                Duration.between(started, Instant.now()).toSeconds(), machine.finish(),
                setup(settings, rig, warmUp, after, moved), figures, List.of());
        }
    }

    /** When the group showed one member holding every partition, and which partitions it took over. */
    record Moved(long seconds, Set<Integer> partitions) {
    }

    private static Map<String, Set<Integer>> awaitMembers(GroupProbe group, int members) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Map<String, Set<Integer>> assignment = group.assignment();
            if (assignment.size() == members) {
                return assignment;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("the consumer group never showed " + members + " members");
    }

    private static Moved awaitMoved(GroupProbe group, Map<String, Set<Integer>> before, long killedAt,
                                   Progress progress) throws InterruptedException {
        AtomicReference<Map<String, Set<Integer>>> now = new AtomicReference<>(Map.of());
        boolean done = progress.runUntil("rebalance", Duration.ofMinutes(3), () -> {
            try {
                now.set(group.assignment());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return now.get().size() == 1 && now.get().values().iterator().next().size() == 12;
        });
        if (!done) {
            throw new IllegalStateException("the survivor did not get every partition within 3 minutes: " + now);
        }
        long seconds = System.currentTimeMillis() - killedAt;
        String survivor = now.get().keySet().iterator().next();
        Set<Integer> moved = new TreeSet<>();
        before.forEach((member, partitions) -> {
            if (!member.equals(survivor)) {
                moved.addAll(partitions);
            }
        });
        Console.log("partitions %s moved to the survivor %.1f s after the kill", moved, seconds / 1000.0);
        return new Moved(seconds, moved);
    }

    private static List<String> streamsOf(RefreshRig rig, Set<Integer> partitions) {
        List<String> streams = new ArrayList<>();
        rig.fed.forEach(s -> {
            if (partitions.contains(Partitions.of(s.broadcasterId()))) {
                streams.add(s.broadcasterId());
            }
        });
        return streams;
    }

    private static List<Figure> figures(RefreshRig rig, Moved moved, List<String> streams, long killedAt) {
        double interval = rig.settings.interval().toSeconds();
        Distribution across = rig.tracker.gapsAcrossMark(streams).distribution().scaled(1000);
        long again = rig.tracker.allObservedAgainAt(streams);
        LossCheck loss = LossCheck.run(rig);
        return List.of(
            Figure.of("partitions moved to the survivor", moved.seconds() / 1000.0, "s", Target.atMost(30),
                "SIGKILL to a stable group with one member holding all 12 (Admin API)"),
            Figure.info("streams of the moved partitions", streams.size(), "", "fed streams keyed to them"),
            Figure.of("longest extra delay of a moved stream", across.max() - interval, "s", Target.atMost(30),
                "max gap across the kill (last observation before, first after) minus the interval"),
            Figure.info("p95 extra delay of a moved stream", across.p95() - interval, "s", "same, p95"),
            Figure.info("every moved stream observed again after", again == 0 ? Double.NaN
                : (again - killedAt) / 1000.0, "s", "from the kill; at least one interval by construction"),
            Figure.info("moved streams observed again", across.count(), "", "of those fed to the moved partitions"),
            Figure.info("streams live throughout", loss.liveThroughout(), "", "simulator ground truth, feed to end"),
            Figure.of("streams lost", loss.lost(), "", Target.atMost(0),
                "live throughout but not in the active set (" + loss.notInActiveSet() + ") or not observed in the "
                    + "last two intervals (" + loss.notObservedLately() + ")"));
    }

    private static String description() {
        return "Two refresh-service processes (its jar) against the simulator (REAL clock: streams start and end), "
            + "Kafka (libs/testkit, in the bench JVM) and a private redis-server, fed once with every live stream. "
            + "After the warm-up the second replica gets SIGKILL (Process.destroyForcibly). The consumer group is "
            + "polled with the Admin API; the observations topic gives each moved stream's gap across the kill.";
    }

    private static Map<String, String> setup(RigSettings s, RefreshRig rig, Duration warmUp, Duration after,
                                             Moved moved) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("refresh-service jar", rig.refreshJar());
        setup.put("live streams fed", String.format("%,d", rig.fed.size()));
        setup.put("simulator", String.format("%,d channels, REAL clock, %d points/min", s.channels(), s.rateLimit()));
        setup.put("refresh replicas", "2 processes, interval " + s.interval().toSeconds()
            + " s, session timeout 10 s (defaults)");
        setup.put("moved partitions", moved.partitions().toString());
        setup.put("warm-up, after the kill", warmUp.toSeconds() + " s, " + after.toSeconds() + " s");
        return setup;
    }
}
