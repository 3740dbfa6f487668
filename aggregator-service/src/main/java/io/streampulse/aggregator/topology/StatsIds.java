package io.streampulse.aggregator.topology;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids of statistics records: a name-based UUID of the topic, the key and the values,
 * so a replay that computes the same values writes the same record, and a changed value a new id.
 */
final class StatsIds {

    private StatsIds() {
    }

    static String of(String topic, String key, Object... values) {
        StringBuilder name = new StringBuilder(topic).append('\u0000').append(key);
        for (Object value : values) {
            name.append('\u0000').append(value);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
