package io.streampulse.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One measured figure of a benchmark.
 *
 * @param name   what it is ("p95 staleness")
 * @param value  the measurement
 * @param unit   its unit ("s", "%", "ids", "" for a count)
 * @param target what it must reach, or null when it is reported for information
 * @param how    how it was measured, in a few words (where the number comes from)
 */
public record Figure(String name, double value, String unit, Target target, String how) {

    public Figure {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
        how = how == null ? "" : how;
    }

    public static Figure of(String name, double value, String unit, Target target, String how) {
        return new Figure(name, value, unit, target, how);
    }

    public static Figure info(String name, double value, String unit, String how) {
        return new Figure(name, value, unit, null, how);
    }

    /** Whether the figure meets its target; true when it has none. */
    @JsonIgnore
    public boolean met() {
        return target == null || target.metBy(value);
    }
}
