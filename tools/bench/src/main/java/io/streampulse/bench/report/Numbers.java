package io.streampulse.bench.report;

import java.util.Locale;

/** How numbers look in BENCHMARKS.md: thousands separated by commas, decimals only where they say something. */
final class Numbers {

    private Numbers() {
    }

    /** Integers as integers (80,000); others with 2 decimals below 10 and 1 decimal above (0.35, 60.1). */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%,.2f" : "%,.1f", value);
    }

    /** A ratio with two decimals (1.01). */
    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A value with its unit: "60.1 s", "97.2 %", "12" (no unit). */
    static String withUnit(double value, String unit) {
        return unit.isEmpty() ? format(value) : format(value) + " " + unit;
    }
}
