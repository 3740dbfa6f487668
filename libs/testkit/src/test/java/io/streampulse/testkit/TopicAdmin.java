package io.streampulse.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;

/** Reads back what the broker actually holds for a topic, for the topic tests. */
final class TopicAdmin implements AutoCloseable {

    record Described(int partitions, String cleanupPolicy, String retentionMs) {
    }

    private final Admin admin = Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));

    Described describe(String topic) throws ExecutionException, InterruptedException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                .get(topic).partitions().size();
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return new Described(partitions, config.get("cleanup.policy").value(), config.get("retention.ms").value());
    }

    @Override
    public void close() {
        admin.close();
    }
}
