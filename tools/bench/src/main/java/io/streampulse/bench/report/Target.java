package io.streampulse.bench.report;

import java.util.Objects;

/**
 * What a figure must reach: at least (a floor), at most (a ceiling), or within a relative tolerance of a value.
 *
 * @param kind      at_least, at_most or within
 * @param value     the floor, the ceiling, or the centre
 * @param tolerance for within: the allowed relative distance (0.1 = 10 %); 0 otherwise
 */
public record Target(Kind kind, double value, double tolerance) {

    /** How a figure is judged against its target. */
    public enum Kind { AT_LEAST, AT_MOST, WITHIN }

    public Target {
        Objects.requireNonNull(kind, "kind");
        if (tolerance < 0 || (kind != Kind.WITHIN && tolerance != 0)) {
            throw new IllegalArgumentException("tolerance is for WITHIN only and not negative: " + tolerance);
        }
    }

    public static Target atLeast(double floor) {
        return new Target(Kind.AT_LEAST, floor, 0);
    }

    public static Target atMost(double ceiling) {
        return new Target(Kind.AT_MOST, ceiling, 0);
    }

    public static Target within(double centre, double relativeTolerance) {
        return new Target(Kind.WITHIN, centre, relativeTolerance);
    }

    /** Whether {@code measured} meets this target (NaN never does). */
    public boolean metBy(double measured) {
        if (Double.isNaN(measured)) {
            return false;
        }
        return switch (kind) {
            case AT_LEAST -> measured >= value;
            case AT_MOST -> measured <= value;
            case WITHIN -> Math.abs(measured - value) <= tolerance * Math.abs(value);
        };
    }

    /** measured / target value (NaN when the target is 0). */
    public double ratio(double measured) {
        return value == 0 ? Double.NaN : measured / value;
    }
}
