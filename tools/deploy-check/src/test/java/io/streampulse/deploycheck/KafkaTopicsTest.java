package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Strimzi KafkaTopic resources are the topic registry, in every overlay. */
class KafkaTopicsTest {

    static final String HOW_TO_FIX = "k8s/base/topics/kafka-topics.yaml is generated from the registry; run "
        + TopicManifests.REGENERATE_COMMAND;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlay.class)
    void everyRegistryTopicIsAKafkaTopicWithItsPartitionsAndConfigs(Overlay overlay) {
        // Given the rendered overlay's KafkaTopics
        List<JsonNode> kafkaTopics = overlay.render().ofKind("KafkaTopic");
        List<DeclaredTopic> declared = kafkaTopics.stream().map(DeclaredTopic::fromKafkaTopic).toList();

        // Then they are exactly the registry, with the overlay's replication factor
        assertThat(TopicChecks.matchRegistry(declared, Topics.all(), overlay.topicReplicas)).as(HOW_TO_FIX).isEmpty();
        assertThat(kafkaTopics).allSatisfy(topic -> assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText())
            .isEqualTo(TopicManifests.STRIMZI_CLUSTER));
    }

    @Test
    void theGeneratedFileIsUpToDate() {
        assertThat(Repo.read(TopicManifests.KAFKA_TOPICS_FILE)).as(HOW_TO_FIX)
            .isEqualTo(TopicManifests.kafkaTopicsYaml(Topics.all()));
    }

    @Test
    void aTopicWithOtherPartitionsOrConfigsIsReported() {
        // Given declarations where one topic has 6 partitions and another is compacted instead of deleted
        List<DeclaredTopic> declared = new ArrayList<>(declaredFromRegistry());
        declared.set(0, new DeclaredTopic(declared.get(0).name(), 6, 3, declared.get(0).configs()));
        DeclaredTopic second = declared.get(1);
        declared.set(1, new DeclaredTopic(second.name(), second.partitions(), 3,
            Map.of("cleanup.policy", "compact", "retention.ms", second.configs().get("retention.ms"))));

        // Then both differences are named
        Topic<?, ?> first = Topics.all().get(0);
        assertThat(TopicChecks.matchRegistry(declared, Topics.all(), 3)).containsExactly(
            first.name() + " has 6 partitions, the registry " + first.partitions(),
            second.name() + " has configs {cleanup.policy=compact, retention.ms=" + second.configs().get("retention.ms")
                + "}, the registry {cleanup.policy=delete, retention.ms=" + second.configs().get("retention.ms") + "}");
    }

    @Test
    void aMissingOrUnknownTopicIsReported() {
        List<DeclaredTopic> declared = new ArrayList<>(declaredFromRegistry());
        DeclaredTopic removed = declared.remove(declared.size() - 1);
        declared.add(new DeclaredTopic("twitch.unknown.v1", 1, 3, Map.of()));

        assertThat(TopicChecks.matchRegistry(declared, Topics.all(), 3)).containsExactly(
            "registry topic " + removed.name() + " is not declared",
            "twitch.unknown.v1 is declared but is not in the registry");
    }

    private static List<DeclaredTopic> declaredFromRegistry() {
        return Topics.all().stream()
            .map(t -> new DeclaredTopic(t.name(), t.partitions(), 3, t.topicConfigs())).toList();
    }
}
