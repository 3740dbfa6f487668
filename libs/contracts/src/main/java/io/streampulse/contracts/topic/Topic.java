package io.streampulse.contracts.topic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the public interface: its name, serdes, partitions, cleanup policy, retention, its single
 * writer service and its readers. {@link #RETAIN_FOREVER} (-1 ms) means no time-based deletion.
 */
public record Topic<K, V>(
    String name,
    Serde<K> keySerde,
    Serde<V> valueSerde,
    int partitions,
    CleanupPolicy cleanupPolicy,
    Duration retention,
    String writer,
    List<String> readers,
    String description) {

    /** Retention of compacted topics: keep the latest value of every key forever. */
    public static final Duration RETAIN_FOREVER = Duration.ofMillis(-1);

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": partitions must be >= 1");
        }
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() && !retention.equals(RETAIN_FOREVER) || retention.isZero()) {
            throw new IllegalArgumentException(name + ": retention must be positive or RETAIN_FOREVER");
        }
        Objects.requireNonNull(writer, "writer");
        readers = List.copyOf(readers);
        Objects.requireNonNull(description, "description");
    }

    /** The topic configs to create it with: cleanup.policy and retention.ms. */
    public Map<String, String> topicConfigs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue());
        configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
        return Map.copyOf(configs);
    }

    public boolean retainsForever() {
        return retention.equals(RETAIN_FOREVER);
    }

    @Override
    public String toString() {
        return name;
    }
}
