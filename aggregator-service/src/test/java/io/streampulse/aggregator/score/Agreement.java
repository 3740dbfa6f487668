package io.streampulse.aggregator.score;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How closely one set of per-key figures (the aggregator's) agrees with a reference: per key the relative error
 * |value - reference| / reference (a key missing on one side counts as 0 there; a reference of 0 gives 0 when the
 * value is 0 too, else 100 %), and for the sums over all keys the signed {@code totalError}
 * (sum - reference sum) / reference sum.
 */
record Agreement(String what, int keys, int exact, int withinTolerance, double tolerance, double p50, double p95,
                 double max, String worstKey, double totalError) {

    static Agreement of(String what, Map<String, Double> values, Map<String, Double> reference, double tolerance) {
        Set<String> keys = new HashSet<>(values.keySet());
        keys.addAll(reference.keySet());
        double[] errors = new double[keys.size()];
        int i = 0;
        int exact = 0;
        int within = 0;
        String worst = null;
        double worstError = -1;
        for (String key : keys) {
            double value = values.getOrDefault(key, 0.0);
            double expected = reference.getOrDefault(key, 0.0);
            double error = relative(value, expected);
            errors[i++] = error;
            exact += value == expected ? 1 : 0;
            within += error <= tolerance ? 1 : 0;
            if (error > worstError) {
                worstError = error;
                worst = key + " (" + value + " vs " + expected + ")";
            }
        }
        Arrays.sort(errors);
        double valueSum = values.values().stream().mapToDouble(Double::doubleValue).sum();
        double referenceSum = reference.values().stream().mapToDouble(Double::doubleValue).sum();
        double total = referenceSum == 0 ? relative(valueSum, referenceSum) : (valueSum - referenceSum) / referenceSum;
        return new Agreement(what, keys.size(), exact, within, tolerance, percentile(errors, 50),
            percentile(errors, 95), errors.length == 0 ? Double.NaN : errors[errors.length - 1], worst, total);
    }

    boolean allWithinTolerance() {
        return withinTolerance == keys;
    }

    static double relative(double value, double reference) {
        if (reference == 0) {
            return value == 0 ? 0 : 1;
        }
        return Math.abs(value - reference) / reference;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    @Override
    public String toString() {
        return String.format("%s: %d keys, %d exact, %d (%.2f%%) within %.0f%%; error p50 %.3f%% p95 %.3f%% max %.2f%%"
                + " (worst %s); summed %+.3f%%", what, keys, exact, withinTolerance, 100.0 * withinTolerance / keys,
            100 * tolerance, 100 * p50, 100 * p95, 100 * max, worstKey, 100 * totalError);
    }
}
