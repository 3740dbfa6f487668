package io.streampulse.twitchsim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Simulated time. In REAL mode it runs with the wall clock times the speed factor; in MANUAL mode it moves only
 * through {@link #advance(Duration)}, which also runs every world tick that falls inside the step, synchronously,
 * so a test sees the world exactly as of the new time when the call returns.
 */
public final class SimClock {
    private final ClockMode mode;
    private final double speed;
    private final Instant start;
    private final long startNanos;
    private volatile Instant manualNow;
    private volatile Consumer<Instant> advanceTo = t -> { };

    SimClock(ClockMode mode, double speed, Instant start) {
        this.mode = Objects.requireNonNull(mode);
        this.speed = speed;
        this.start = Objects.requireNonNull(start);
        this.startNanos = System.nanoTime();
        this.manualNow = start;
    }

    /** Current sim time. */
    public Instant now() {
        if (mode == ClockMode.MANUAL) {
            return manualNow;
        }
        long elapsed = System.nanoTime() - startNanos;
        return start.plusNanos((long) (elapsed * speed));
    }

    public ClockMode mode() {
        return mode;
    }

    public double speed() {
        return speed;
    }

    /** Sim time at which the world started. */
    public Instant start() {
        return start;
    }

    /**
     * MANUAL mode only: moves sim time forward and runs the world ticks in between before returning.
     *
     * @throws IllegalStateException in REAL mode
     * @throws IllegalArgumentException for a negative step
     */
    public synchronized void advance(Duration step) {
        if (mode != ClockMode.MANUAL) {
            throw new IllegalStateException("advance() needs clockMode MANUAL");
        }
        if (step.isNegative()) {
            throw new IllegalArgumentException("cannot go back in time: " + step);
        }
        Instant target = manualNow.plus(step);
        advanceTo.accept(target);
        manualNow = target;
    }

    void onAdvance(Consumer<Instant> worldDriver) {
        this.advanceTo = Objects.requireNonNull(worldDriver);
    }
}
