package io.streampulse.aggregator.throughput;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How many records of a topic a consumer group has committed past (the sum of its committed offsets). */
final class GroupProgress implements AutoCloseable {

    private final Admin admin;
    private final String groupId;
    private final String topic;

    GroupProgress(String bootstrap, String groupId, String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(config);
        this.groupId = groupId;
        this.topic = topic;
    }

    long committed() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
            .partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream()
            .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
            .mapToLong(entry -> entry.getValue().offset())
            .sum();
    }

    /** The sum of the topic's end offsets: what "caught up" means for a group reading it from the start. */
    long end() throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()),
            org.apache.kafka.clients.admin.OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
