package io.streampulse.aggregator.topology;

/** Rounding of published averages. */
final class Rounding {

    private Rounding() {
    }

    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
