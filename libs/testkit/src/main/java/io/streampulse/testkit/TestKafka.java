package io.streampulse.testkit;

import io.streampulse.contracts.topic.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker for tests, started on first use and shared by every test in the JVM.
 * Order: {@code KAFKA_BOOTSTRAP_SERVERS} when set; else a Testcontainers {@code apache/kafka}
 * broker when Docker answers; else an in-JVM KRaft broker. Auto topic creation is off on the
 * brokers we start: create topics explicitly, with unique names ({@link TestNames}).
 */
public final class TestKafka {

    private static final short REPLICATION_FACTOR = 1;
    private static final Lazy<String> BROKER = new Lazy<>("kafka", KafkaBackends::start);

    private TestKafka() {
    }

    /** The broker's bootstrap servers; starts the broker on the first call. */
    public static String bootstrapServers() {
        return BROKER.get();
    }

    /** Creates the registry's topics (partitions, cleanup policy, retention); idempotent. */
    public static void createTopics(Collection<? extends Topic<?, ?>> topics) {
        KafkaTopics.ensure(bootstrapServers(), topics.stream()
                .map(t -> newTopic(t.name(), t.partitions(), t.topicConfigs()))
                .toList());
    }

    /** Creates one topic with the given partitions and topic configs (e.g. cleanup.policy); idempotent. */
    public static void createTopic(String name, int partitions, Map<String, String> configs) {
        KafkaTopics.ensure(bootstrapServers(), List.of(newTopic(name, partitions, configs)));
    }

    private static NewTopic newTopic(String name, int partitions, Map<String, String> configs) {
        return new NewTopic(name, partitions, REPLICATION_FACTOR).configs(configs);
    }
}
