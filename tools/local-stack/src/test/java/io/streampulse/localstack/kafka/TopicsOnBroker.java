package io.streampulse.localstack.kafka;

import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Test helper: the topics of a broker as "partitions cleanup.policy retention.ms", and the registry's the same way. */
public final class TopicsOnBroker {

    private TopicsOnBroker() {
    }

    public static Map<String, String> expectedFromRegistry() {
        return Topics.all().stream().collect(Collectors.toMap(Topic::name,
                t -> t.partitions() + " " + t.cleanupPolicy().configValue() + " " + t.retention().toMillis(),
                (a, b) -> a, TreeMap::new));
    }

    /** Every topic but Kafka's internal ones. */
    public static Map<String, String> describe(String bootstrap) throws Exception {
        try (Admin admin = KafkaProbe.admin(bootstrap)) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            var configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            Map<String, String> result = new TreeMap<>();
            descriptions.forEach((name, d) -> {
                var config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                result.put(name, d.partitions().size() + " " + config.get("cleanup.policy").value() + " "
                        + config.get("retention.ms").value());
            });
            return result;
        }
    }
}
