package io.streampulse.ingest.publish;

import io.streampulse.contracts.topic.Topic;
import java.util.Objects;

/** One record to write: the registry topic (which also names its serdes), the key and the value. */
public record Publication<V>(Topic<String, V> topic, String key, V value) {

    public Publication {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
