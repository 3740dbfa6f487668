package io.streampulse.archive.ingest;

/**
 * Where a record came from: topic, partition, offset, key and its raw value (kept for the dead-letter topic).
 * Plain values: the feature code needs no Kafka types.
 */
public record Source(String topic, int partition, long offset, String key, byte[] value) {

    public PartitionKey partitionKey() {
        return new PartitionKey(topic, partition);
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset;
    }
}
