package io.streampulse.bench.archive;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group has committed through one topic, from the broker's Admin API. */
final class GroupProgress implements AutoCloseable {

    private final Admin admin;
    private final String group;
    private final String topic;

    GroupProgress(String bootstrap, String group, String topic) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
        this.group = group;
        this.topic = topic;
    }

    /** The sum over the topic's partitions of their first offsets. */
    long beginning() throws InterruptedException {
        return offsets(partitions(), OffsetSpec.earliest());
    }

    /** The sum over the topic's partitions of their end offsets. */
    long end() throws InterruptedException {
        return offsets(partitions(), OffsetSpec.latest());
    }

    /** The sum of the group's committed offsets on the topic (0 before any commit). */
    long committed() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return 0;
        }
    }

    private Set<TopicPartition> partitions() throws InterruptedException {
        try {
            return admin.describeTopics(Set.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        }
    }

    private long offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws InterruptedException {
        try {
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all()
                .get(10, TimeUnit.SECONDS).values().stream().mapToLong(r -> r.offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the offsets of " + topic, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
