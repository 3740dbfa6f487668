package io.streampulse.bench.stats;

import java.util.Arrays;

/** A growable list of long samples (e.g. staleness gaps in millis), cheap enough for millions. Thread-safe. */
public final class Samples {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public synchronized int size() {
        return size;
    }

    /** A sorted copy of the samples so far. */
    public synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    public Distribution distribution() {
        return Distribution.of(sorted());
    }
}
