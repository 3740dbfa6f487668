package io.streampulse.bench.refresh;

import io.streampulse.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** The partition a broadcaster_id key lands on (Kafka's default partitioner), the same on every stream topic. */
final class Partitions {

    private Partitions() {
    }

    static int of(String broadcasterId) {
        int partitions = Topics.STREAMS_DISCOVERED.partitions();
        return Utils.toPositive(Utils.murmur2(broadcasterId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
