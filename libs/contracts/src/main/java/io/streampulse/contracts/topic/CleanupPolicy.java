package io.streampulse.contracts.topic;

import java.util.Locale;

/** Kafka's {@code cleanup.policy} of a topic. */
public enum CleanupPolicy {
    /** Old segments are deleted after the retention time. */
    DELETE,
    /** The latest value per key is kept; a null value (tombstone) deletes the key. */
    COMPACT;

    /** The value of the {@code cleanup.policy} topic config: "delete" or "compact". */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
