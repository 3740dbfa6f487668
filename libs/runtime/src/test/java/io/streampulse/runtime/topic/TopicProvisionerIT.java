package io.streampulse.runtime.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.topic.CleanupPolicy;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.TopicProvisioner;
import io.streampulse.runtime.testing.TopicLayout;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** The contracts' {@link TopicProvisioner} against a real broker (its real-broker test lives here, by agreement). */
class TopicProvisionerIT {

    private final String bootstrap = TestKafka.bootstrapServers();

    @Test
    void createsMissingTopicsWithTheirPartitionsCleanupPolicyAndRetention() {
        // Given a compacted and a deleted topic that do not exist yet
        Topic<String, String> compacted = topic("it-compacted", 3, CleanupPolicy.COMPACT, Topic.RETAIN_FOREVER);
        Topic<String, String> deleted = topic("it-deleted", 2, CleanupPolicy.DELETE, Duration.ofHours(6));

        // When they are ensured
        List<String> created;
        try (Admin admin = admin()) {
            created = TopicProvisioner.ensureTopics(admin, List.of(compacted, deleted), Optional.empty());
        }

        // Then both were created, with the registry's shape
        assertThat(created).containsExactlyInAnyOrder(compacted.name(), deleted.name());
        assertThat(TopicLayout.onBrokerOf(bootstrap, List.of(compacted, deleted))).isEqualTo(Map.of(
            compacted.name(), new TopicLayout(3, "compact", "-1"),
            deleted.name(), new TopicLayout(2, "delete", "21600000")));
    }

    @Test
    void secondRunCreatesNothingAndLeavesTheTopicsUnchanged() {
        // Given topics that were ensured once
        Topic<String, String> compacted = topic("it-again-compacted", 4, CleanupPolicy.COMPACT, Topic.RETAIN_FOREVER);
        Topic<String, String> deleted = topic("it-again-deleted", 1, CleanupPolicy.DELETE, Duration.ofDays(7));
        List<Topic<String, String>> topics = List.of(compacted, deleted);
        try (Admin admin = admin()) {
            TopicProvisioner.ensureTopics(admin, topics, Optional.empty());
            Map<String, TopicLayout> before = TopicLayout.onBrokerOf(bootstrap, topics);

            // When they are ensured again
            List<String> createdAgain = TopicProvisioner.ensureTopics(admin, topics, Optional.empty());

            // Then nothing is created, nothing fails, nothing changes
            assertThat(createdAgain).isEmpty();
            assertThat(TopicLayout.onBrokerOf(bootstrap, topics)).isEqualTo(before).isEqualTo(Map.of(
                compacted.name(), new TopicLayout(4, "compact", "-1"),
                deleted.name(), new TopicLayout(1, "delete", "604800000")));
        }
    }

    private static Topic<String, String> topic(String prefix, int partitions, CleanupPolicy policy, Duration retention) {
        return new Topic<>(TestNames.unique(prefix), Serdes.String(), Serdes.String(), partitions, policy, retention,
            Services.INGEST, List.of(Services.API), "test topic");
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
