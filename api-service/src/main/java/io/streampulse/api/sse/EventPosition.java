package io.streampulse.api.sse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Utils;

/**
 * Where a channel event sits on twitch.channel.events.v1: partition and offset. It is the SSE {@code id}
 * ({@code <partition>-<offset>}): every replica reads the same topic, so any replica can resume a client from it,
 * and all of a channel's events are on one partition (keyed by broadcaster_id), ordered by offset.
 */
record EventPosition(int partition, long offset) {

    private static final Pattern SHAPE = Pattern.compile("([0-9]{1,4})-([0-9]{1,18})");

    /** The partition of a broadcaster's records: what Kafka's default partitioner picks for the key. */
    static int partitionOf(String broadcasterId, int partitions) {
        byte[] key = broadcasterId.getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }

    String id() {
        return partition + "-" + offset;
    }

    /** A Last-Event-ID this service gave out; empty for anything else. */
    static Optional<EventPosition> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(id.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EventPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }
}
