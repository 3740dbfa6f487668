package io.streampulse.bench.aggregator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group (the Kafka Streams application id) has committed through one topic, as the group
 * coordinator tells it: the sum of its committed offsets over the topic's partitions. Under exactly_once_v2 a
 * committed offset means the records before it are fully processed (state, repartitions and outputs committed).
 */
final class CommittedOffsets implements AutoCloseable {

    private final Admin admin;
    private final String group;
    private final String topic;

    CommittedOffsets(String bootstrap, String group, String topic) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.group = group;
        this.topic = topic;
    }

    /** Records of the topic the group has committed past; -1 when the coordinator does not answer in time. */
    long committed() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            return offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    /** The sum of the topic's end offsets: "caught up" for a group that reads it from the start. */
    long end() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }

    /** Does not wait for a request the coordinator never answered (the default close would wait it out). */
    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
