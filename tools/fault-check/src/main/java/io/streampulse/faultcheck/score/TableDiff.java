package io.streampulse.faultcheck.score;

import static io.streampulse.faultcheck.score.Check.examples;

import java.util.List;
import java.util.Map;

/**
 * Two versions of one table keyed by primary key: {@code expected} (the reference: a clean run, a recount) and
 * {@code actual} (what the faulted run wrote). Equal when both have the same keys with the same whole rows.
 */
public record TableDiff(String table, int expectedRows, int actualRows, List<String> missing, List<String> extra,
                        List<String> different) {

    public static TableDiff of(String table, Map<String, String> expected, Map<String, String> actual) {
        List<String> missing = expected.keySet().stream().filter(k -> !actual.containsKey(k)).sorted()
                .map(k -> k + " " + expected.get(k)).toList();
        List<String> extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).sorted()
                .map(k -> k + " " + actual.get(k)).toList();
        List<String> different = expected.keySet().stream()
                .filter(k -> actual.containsKey(k) && !expected.get(k).equals(actual.get(k))).sorted()
                .map(k -> k + ": expected " + expected.get(k) + ", got " + actual.get(k)).toList();
        return new TableDiff(table, expected.size(), actual.size(), missing, extra, different);
    }

    public boolean equal() {
        return missing.isEmpty() && extra.isEmpty() && different.isEmpty();
    }

    public Check check(String name) {
        return Check.of(name, equal() && expectedRows > 0, table + ": " + expectedRows + " reference rows, "
                + actualRows + " rows; " + missing.size() + " missing" + examples(missing) + "; " + extra.size()
                + " extra" + examples(extra) + "; " + different.size() + " different" + examples(different));
    }
}
