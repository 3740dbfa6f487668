package io.streampulse.twitchsim.world;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The maths of audiences: a daily cycle (peak 18:00 UTC, trough 06:00 UTC), a ramp-up after going live, and a
 * mean-reverting log-normal drift (Ornstein-Uhlenbeck) around each channel's popularity level.
 */
final class ViewerModel {
    private static final double DAILY_AMPLITUDE = 0.25;
    private static final double PEAK_HOUR_UTC = 18.0;
    private static final double RAMP_MINUTES = 20.0;
    private static final double DRIFT_REVERSION_PER_MINUTE = 1.0 / 30.0;
    private static final double DRIFT_SIGMA_PER_SQRT_MINUTE = 0.06;

    /** Multiplier of audience and of the number of live channels at a given time of day. */
    double daily(Instant t) {
        double hour = (t.getEpochSecond() % 86_400L) / 3600.0;
        return 1.0 + DAILY_AMPLITUDE * Math.cos(2 * Math.PI * (hour - PEAK_HOUR_UTC) / 24.0);
    }

    double ramp(double ageMinutes) {
        return Math.min(1.0, 0.3 + 0.7 * Math.max(0, ageMinutes) / RAMP_MINUTES);
    }

    float nextDrift(float drift, double minutes, SplittableRandom random) {
        double reverted = drift - drift * Math.min(1.0, DRIFT_REVERSION_PER_MINUTE * minutes);
        return (float) (reverted + DRIFT_SIGMA_PER_SQRT_MINUTE * Math.sqrt(minutes) * gaussian(random));
    }

    int viewers(float level, double daily, double ageMinutes, float drift) {
        double value = level * daily * ramp(ageMinutes) * Math.exp(drift);
        return (int) Math.max(0, Math.round(value - 0.5));
    }

    static double gaussian(SplittableRandom random) {
        double u1 = Math.max(1e-12, random.nextDouble());
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Poisson draw (Knuth for small means, normal approximation above 30). */
    static int poisson(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
