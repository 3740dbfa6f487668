package io.streampulse.bench.refresh;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.SimStats;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits while a phase runs, printing every 10 s: observations per second, Helix calls per minute and 429s (the
 * simulator's count), the active set size and its partition markers, and the machine's load.
 */
final class Progress {

    private static final long EVERY_MILLIS = 10_000;

    private final RefreshRig rig;
    private final MachineProbe machine;
    private long lastObservations;
    private SimStats lastStats;
    private long lastAt;

    Progress(RefreshRig rig, MachineProbe machine) {
        this.rig = rig;
        this.machine = machine;
        this.lastObservations = rig.tracker.observations();
        this.lastStats = SimStats.of(rig.simUrl());
        this.lastAt = System.currentTimeMillis();
    }

    /** Runs {@code phase} for {@code length}, printing progress. */
    void run(String phase, Duration length) throws InterruptedException {
        runUntil(phase, length, () -> false);
    }

    /** Like {@link #run}, but returns early (true) once {@code done} says so; checks it every 250 ms. */
    boolean runUntil(String phase, Duration length, BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + length.toMillis();
        long phaseStart = System.currentTimeMillis();
        while (System.currentTimeMillis() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(250);
            if (System.currentTimeMillis() - lastAt >= EVERY_MILLIS) {
                print(phase, (System.currentTimeMillis() - phaseStart) / 1000);
            }
        }
        return done.getAsBoolean();
    }

    private void print(String phase, long second) {
        long now = System.currentTimeMillis();
        SimStats stats = SimStats.of(rig.simUrl());
        SimStats delta = stats.since(lastStats);
        long observations = rig.tracker.observations();
        double seconds = (now - lastAt) / 1000.0;
        Console.log("%s t+%3ds: %,6.0f observations/s, %5.0f Helix calls/min, 429s %d (total %d), active set %,d "
                + "(%d markers), load %.2f", phase, second, (observations - lastObservations) / seconds,
            delta.requests() * 60 / seconds, delta.rateLimited(), stats.rateLimited(), safeSize(), safeMarkers(),
            machine.sample());
        lastStats = stats;
        lastObservations = observations;
        lastAt = now;
    }

    private long safeSize() {
        try {
            return rig.activeSet.size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private int safeMarkers() {
        try {
            return rig.activeSet.markers();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
