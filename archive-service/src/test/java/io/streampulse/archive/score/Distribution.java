package io.streampulse.archive.score;

import java.util.Collection;

/** Nearest-rank percentiles of a set of values. */
record Distribution(int count, double p50, double p95, double max) {

    static Distribution of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Distribution(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
            sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    /** The smallest value with at least {@code p} % of the values at or below it (NaN when there are none). */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f, p95 %.1f, max %.1f (n=%d)", p50, p95, max, count);
    }
}
