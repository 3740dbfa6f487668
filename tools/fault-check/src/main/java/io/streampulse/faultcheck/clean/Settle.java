package io.streampulse.faultcheck.clean;

import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.store.Kafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until an aggregator has finished with a frozen input: its Kafka Streams application has committed the
 * end of every input partition, it and its sink have at most a transaction marker left on every partition they
 * read, and the rollup tables stayed the same over {@link #STABLE_POLLS} polls {@link #POLL} apart.
 */
public final class Settle {

    static final String STREAMS_GROUP = "streampulse-aggregator";
    static final String SINK_GROUP = "streampulse-aggregator-sink";
    static final Duration POLL = Duration.ofSeconds(4);
    static final int STABLE_POLLS = 3;

    private Settle() {
    }

    public static boolean await(String bootstrap, Map<TopicPartition, Long> inputEnds, Supplier<String> digest,
                                Duration timeout) {
        String[] last = {""};
        int[] stable = {0};
        try (Admin admin = Kafka.admin(bootstrap)) {
            return Waits.until(() -> {
                String now = digest.get();
                boolean caughtUp = inputsCommitted(admin, inputEnds) && drained(admin, STREAMS_GROUP)
                        && drained(admin, SINK_GROUP);
                stable[0] = caughtUp && now.equals(last[0]) ? stable[0] + 1 : 0;
                last[0] = now;
                return stable[0] >= STABLE_POLLS - 1;
            }, timeout, POLL);
        }
    }

    private static boolean inputsCommitted(Admin admin, Map<TopicPartition, Long> inputEnds) {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(STREAMS_GROUP)
                .partitionsToOffsetAndMetadata().toCompletionStage().toCompletableFuture().join();
        return inputEnds.entrySet().stream().allMatch(e -> e.getValue() == 0
                || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
    }

    private static boolean drained(Admin admin, String group) {
        Map<TopicPartition, Long> lag = Kafka.lag(admin, group);
        return !lag.isEmpty() && lag.values().stream().allMatch(l -> l <= 1);
    }

    /** The partitions of {@code topics} on the broker and their end offsets. */
    public static Map<TopicPartition, Long> ends(String bootstrap, List<String> topics) {
        try (Admin admin = Kafka.admin(bootstrap)) {
            return Kafka.endOffsets(admin, topics);
        }
    }
}
