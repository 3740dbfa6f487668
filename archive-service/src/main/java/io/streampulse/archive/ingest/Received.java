package io.streampulse.archive.ingest;

/** A valid record decoded from {@code source}. */
public record Received<T>(Source source, T value) {
}
