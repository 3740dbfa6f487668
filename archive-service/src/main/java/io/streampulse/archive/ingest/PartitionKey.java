package io.streampulse.archive.ingest;

/** A partition of a consumed topic. */
public record PartitionKey(String topic, int partition) {
}
