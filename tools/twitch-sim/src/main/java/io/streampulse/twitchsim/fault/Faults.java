package io.streampulse.twitchsim.fault;

import io.streampulse.twitchsim.http.ApiError;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/** Injected trouble on Helix: a share of 5xx answers (mostly 503, some 500) and added latency; changeable at runtime. */
public final class Faults {
    private volatile double fault5xxRate;
    private volatile Duration latency;

    public Faults(double fault5xxRate, Duration latency) {
        this.fault5xxRate = fault5xxRate;
        this.latency = latency;
    }

    public void set5xxRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("5xx rate must be 0..1: " + rate);
        }
        this.fault5xxRate = rate;
    }

    public void setLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be >= 0: " + latency);
        }
        this.latency = latency;
    }

    public double fault5xxRate() {
        return fault5xxRate;
    }

    public Duration latency() {
        return latency;
    }

    /** Waits the configured latency (on the request thread, like a slow upstream). */
    public void delay() {
        long nanos = latency.toNanos();
        long deadline = System.nanoTime() + nanos;
        while (nanos > 0) {
            LockSupport.parkNanos(nanos);
            nanos = deadline - System.nanoTime();
        }
    }

    /** An injected server error for this request, or empty. */
    public Optional<ApiError> maybeServerError() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (fault5xxRate <= 0 || random.nextDouble() >= fault5xxRate) {
            return Optional.empty();
        }
        return Optional.of(random.nextInt(4) == 0
                ? ApiError.helix(500, "Internal Server Error")
                : ApiError.helix(503, "Service Unavailable"));
    }
}
