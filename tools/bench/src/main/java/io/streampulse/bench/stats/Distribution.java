package io.streampulse.bench.stats;

import java.util.Arrays;

/**
 * Count, mean and nearest-rank percentiles of a set of samples. Pure.
 *
 * <p>Percentile q (0 &lt; q &le; 1) is the nearest-rank one: the smallest sample such that at least q of all
 * samples are less than or equal to it (sorted[ceil(q * n) - 1]); so p100 is the maximum and p50 of
 * {1, 2, 3, 4} is 2. NaN when there are no samples.
 */
public record Distribution(long count, double mean, double p50, double p95, double p99, double max) {

    public static Distribution of(long[] sortedSamples) {
        long[] s = sortedSamples;
        if (s.length == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(s).asDoubleStream().sum() / s.length;
        return new Distribution(s.length, mean, percentile(s, 0.50), percentile(s, 0.95), percentile(s, 0.99),
            s[s.length - 1]);
    }

    /** Nearest-rank percentile of sorted samples; NaN when empty. */
    public static double percentile(long[] sorted, double q) {
        if (q <= 0 || q > 1) {
            throw new IllegalArgumentException("q must be in (0, 1]: " + q);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        // A hair below the product, so 0.95 * 100 (94.99999999999999 or 95.00000000000001) is rank 95.
        int rank = (int) Math.ceil(q * sorted.length - 1e-9);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The same distribution with every value divided by {@code divisor} (e.g. millis to seconds). */
    public Distribution scaled(double divisor) {
        return new Distribution(count, mean / divisor, p50 / divisor, p95 / divisor, p99 / divisor, max / divisor);
    }
}
