package io.streampulse.bench.aggregator;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.ServiceProcess;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Follows one aggregator-service process through the backlog: polls its application's committed offsets on the
 * observations topic every 250 ms until they reach the end, printing progress every 10 s, and measures the CPU the
 * process used meanwhile ({@code /proc} via {@link ProcessHandle}).
 *
 * <p>Two rates come out. {@code overall}: the whole backlog over the time from the process start (JVM and
 * Micronaut start-up, Flyway, the first rebalance included). {@code replay}: the records committed after the
 * first commit over the time from that commit to the one that reached the end: the steady rate of replaying a
 * backlog. Commits come every {@code commit.interval.ms}, so the end is seen up to one interval after the last
 * record was processed: both rates lean low, never high. {@code bestWindowPerSecond}: the fastest rate between
 * two moves of the committed offsets at least 10 s apart (the rate once warmed up; for information).
 */
final class Replay {

    private static final long PROGRESS_MILLIS = 10_000;
    private static final long BEST_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

    private Replay() {
    }

    /** What the replay measured. */
    record Result(long records, double overallSeconds, double firstCommitSeconds, long firstCommitted,
                  double replaySeconds, double cpuSeconds, double replayCpuSeconds, double bestWindowPerSecond) {

        double overallPerSecond() {
            return records / overallSeconds;
        }

        double replayPerSecond() {
            return (records - firstCommitted) / replaySeconds;
        }
    }

    static Result follow(ServiceProcess service, CommittedOffsets offsets, long end, long startedNanos,
                         Duration timeout, MachineProbe machine) throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(service.pid()).orElseThrow();
        long deadline = startedNanos + timeout.toNanos();
        long firstAt = 0;
        long firstCommitted = -1;
        double cpuAtFirst = 0;
        long lastPrint = System.nanoTime();
        long lastCommitted = 0;
        double best = 0;
        Deque<long[]> moves = new ArrayDeque<>();
        while (true) {
            long committed = offsets.committed();
            long now = System.nanoTime();
            if (committed > 0 && (moves.isEmpty() || moves.peekLast()[1] != committed)) {
                best = Math.max(best, bestRate(moves, now, committed));
            }
            if (committed > 0 && firstCommitted < 0) {
                firstAt = now;
                firstCommitted = committed;
                cpuAtFirst = cpuSeconds(process);
                Console.log("first commit after %.1f s: %,d of %,d observations", (now - startedNanos) / 1e9,
                    committed, end);
            }
            if (committed >= end) {
                double cpu = cpuSeconds(process);
                return new Result(end, (now - startedNanos) / 1e9, (firstAt - startedNanos) / 1e9, firstCommitted,
                    (now - firstAt) / 1e9, cpu, cpu - cpuAtFirst, best);
            }
            if (!service.isAlive()) {
                throw new IllegalStateException(service.name() + " exited after committing " + committed + " of "
                    + end + " observations; see its log");
            }
            if (now > deadline) {
                throw new IllegalStateException("not caught up within " + timeout + ": " + committed + " of " + end);
            }
            if (now - lastPrint >= TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS)) {
                double seconds = (now - lastPrint) / 1e9;
                long sinceLast = Math.max(0, committed) - lastCommitted;
                Console.log("replay t+%5.1fs: committed %,9d / %,d (%,7.0f observations/s over the last %.0f s), "
                        + "CPU %.1f s, load %.2f", (now - startedNanos) / 1e9, Math.max(0, committed), end,
                    sinceLast / seconds, seconds, cpuSeconds(process), machine.sample());
                lastPrint = now;
                lastCommitted = Math.max(0, committed);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    /**
     * Adds a move of the committed offsets ({@code now}, {@code committed}) to {@code moves} and returns the rate
     * since the latest earlier move at least 10 s before it (0 when there is none yet); older moves are dropped.
     */
    static double bestRate(Deque<long[]> moves, long now, long committed) {
        moves.addLast(new long[] {now, committed});
        double rate = 0;
        long[] from = null;
        for (long[] move : moves) {
            if (now - move[0] >= BEST_WINDOW_NANOS) {
                from = move;
            }
        }
        if (from != null) {
            rate = (committed - from[1]) / ((now - from[0]) / 1e9);
            while (moves.peekFirst() != from) {
                moves.removeFirst();
            }
        }
        return rate;
    }

    /** CPU time (user + system) of the process so far. */
    static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }
}
