package io.streampulse.contracts.event;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Checks used by the compact constructors of the event records, with messages naming the JSON field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    /** A required, non-blank string. */
    public static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** A string that may be empty (Twitch sends "" for unset titles, games ...); null becomes "". */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A string that may be absent; blank becomes null (the Twitch CLI sends "" for anonymous users). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
        }
        return value;
    }

    public static double notNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0 but was " + value);
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0 but was " + value);
        }
        return value;
    }

    /** An immutable copy; null becomes the empty list; null elements are rejected. */
    public static <T> List<T> listOf(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** An immutable copy sorted by key; null becomes the empty map; null keys or values are rejected. */
    public static <V> Map<String, V> sortedMapOf(Map<String, V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        if (values.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new IllegalArgumentException(field + " must not contain null keys or values");
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** Checks the envelope fields shared by every event. */
    public static void envelope(String eventId, Object occurredAt, int schemaVersion) {
        text(eventId, "event_id");
        present(occurredAt, "occurred_at");
        SchemaVersion.check(schemaVersion);
    }
}
