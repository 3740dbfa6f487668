package io.streampulse.archive.ingest;

/** A record archive cannot process, with a stable error type and the reason, for the dead-letter topic. */
public record Rejected(Source source, String errorType, String reason) {
}
