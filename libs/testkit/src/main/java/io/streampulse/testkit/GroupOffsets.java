package io.streampulse.testkit;


import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Positions of consumer groups on the test broker. The broker and its topics are shared by every IT of the JVM, so
 * a scored service starts from the current end of its input topics: only this run's records count.
 */
public final class GroupOffsets {

    private GroupOffsets() {
    }

    /** The end offset of every partition of the topics now. */
    public static Map<TopicPartition, Long> ends(Collection<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(topic -> topic.partitions()
                .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Commits, for a group with no members yet, the current end of the topics as its position. */
    public static void startAtEnd(String groupId, Collection<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        ends(topics).forEach((partition, end) -> positions.put(partition, new OffsetAndMetadata(end)));
        try (Admin admin = admin()) {
            admin.alterConsumerGroupOffsets(groupId, positions).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The offsets a group has committed (empty when it has none). */
    public static Map<TopicPartition, Long> committed(String groupId) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get()
                .forEach((partition, offset) -> committed.put(partition, offset.offset()));
            return committed;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));
    }
}
