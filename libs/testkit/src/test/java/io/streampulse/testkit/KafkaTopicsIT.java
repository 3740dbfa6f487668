package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.topic.CleanupPolicy;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class KafkaTopicsIT {

    @Test
    void createTopicsIsIdempotentAndAppliesTheRegistrysPartitionsCleanupPolicyAndRetention() throws Exception {
        // Given
        Topic<String, String> events = topic("events", 3, CleanupPolicy.DELETE, Duration.ofHours(6));
        Topic<String, String> state = topic("state", 1, CleanupPolicy.COMPACT, Topic.RETAIN_FOREVER);

        // When
        TestKafka.createTopics(List.of(events, state));
        TestKafka.createTopics(List.of(state, events));

        // Then
        try (TopicAdmin admin = new TopicAdmin()) {
            assertThat(admin.describe(events.name())).isEqualTo(new TopicAdmin.Described(3, "delete", "21600000"));
            assertThat(admin.describe(state.name())).isEqualTo(new TopicAdmin.Described(1, "compact", "-1"));
        }
    }

    @Test
    void everyRegistryTopicIsCreatedOnTheBrokerAsDeclared() throws Exception {
        // When
        TestKafka.createTopics(Topics.all());

        // Then
        try (TopicAdmin admin = new TopicAdmin()) {
            for (Topic<?, ?> topic : Topics.all()) {
                assertThat(admin.describe(topic.name())).as(topic.name()).isEqualTo(new TopicAdmin.Described(
                        topic.partitions(), topic.cleanupPolicy().configValue(),
                        Long.toString(topic.retention().toMillis())));
            }
        }
    }

    @Test
    void createTopicIsIdempotentAndAppliesPartitionsAndConfigs() throws Exception {
        // Given
        String topic = TestNames.unique("compacted");
        Map<String, String> configs = Map.of("cleanup.policy", "compact", "retention.ms", "3600000");

        // When
        TestKafka.createTopic(topic, 4, configs);
        TestKafka.createTopic(topic, 4, configs);

        // Then
        try (TopicAdmin admin = new TopicAdmin()) {
            assertThat(admin.describe(topic)).isEqualTo(new TopicAdmin.Described(4, "compact", "3600000"));
        }
    }

    @Test
    void recreatingATopicWithAnotherPartitionCountIsAnError() {
        // Given
        String topic = TestNames.unique("conflict");
        TestKafka.createTopic(topic, 2, Map.of());

        // When / Then
        assertThatThrownBy(() -> TestKafka.createTopic(topic, 3, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic " + topic + " exists with 2 partitions, wanted 3");
    }

    private static Topic<String, String> topic(String prefix, int partitions, CleanupPolicy policy, Duration retention) {
        return new Topic<>(TestNames.unique(prefix), Serdes.String(), Serdes.String(), partitions, policy,
                retention, "testkit", List.of("testkit"), "a topic of the testkit's own tests");
    }
}
