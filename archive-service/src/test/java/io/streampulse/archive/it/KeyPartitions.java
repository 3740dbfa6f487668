package io.streampulse.archive.it;

import io.streampulse.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** Where Kafka's default partitioner puts a key, and channel ids that land on a chosen partition. */
public final class KeyPartitions {

    private KeyPartitions() {
    }

    public static int of(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** A new unique channel id whose records go to {@code partition} of a topic with {@code partitions}. */
    public static String channelOn(int partition, int partitions) {
        while (true) {
            String channel = TestNames.unique("ch");
            if (of(channel, partitions) == partition) {
                return channel;
            }
        }
    }
}
