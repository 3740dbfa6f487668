package io.streampulse.aggregator.pipeline;

import io.streampulse.testkit.TestKafka;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Whether a consumer group (e.g. a Kafka Streams application id) has committed up to the end of topics. */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        admin = Admin.create(config);
    }

    /** True when every non-empty partition of {@code topics} has a committed offset at its end. */
    boolean caughtUp(String groupId, Collection<String> topics) {
        return caughtUp(groupId, topics, false);
    }

    /** True when every partition of {@code topics}, empty or not, has a committed offset at its end. */
    boolean positionedEverywhere(String groupId, Collection<String> topics) {
        return caughtUp(groupId, topics, true);
    }

    private boolean caughtUp(String groupId, Collection<String> topics, boolean everywhere) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(partition ->
                    latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest()));
            }
            ListOffsetsResult ends = admin.listOffsets(latest);
            for (TopicPartition partition : latest.keySet()) {
                long end = ends.partitionResult(partition).get().offset();
                OffsetAndMetadata position = committed.get(partition);
                if ((everywhere || end > 0) && (position == null || position.offset() < end)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
