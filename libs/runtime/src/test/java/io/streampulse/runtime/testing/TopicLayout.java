package io.streampulse.runtime.testing;

import io.streampulse.contracts.topic.Topic;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What matters of a topic's shape: partitions, cleanup policy and retention. Read from the broker
 * ({@link #onBroker}) or from the registry ({@link #of}) so tests compare whole maps.
 */
public record TopicLayout(int partitions, String cleanupPolicy, String retentionMs) {

    /** The layout the registry asks for, by topic name, in the given order. */
    public static Map<String, TopicLayout> of(Collection<? extends Topic<?, ?>> topics) {
        Map<String, TopicLayout> layouts = new LinkedHashMap<>();
        for (Topic<?, ?> topic : topics) {
            Map<String, String> configs = topic.topicConfigs();
            layouts.put(topic.name(), new TopicLayout(topic.partitions(),
                configs.get(TopicConfig.CLEANUP_POLICY_CONFIG), configs.get(TopicConfig.RETENTION_MS_CONFIG)));
        }
        return layouts;
    }

    /** The layout of the named topics as the broker describes them. */
    public static Map<String, TopicLayout> onBroker(String bootstrapServers, Collection<String> names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                .get(30, TimeUnit.SECONDS);
            List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            Map<String, TopicLayout> layouts = new LinkedHashMap<>();
            for (String name : names) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                layouts.put(name, new TopicLayout(descriptions.get(name).partitions().size(),
                    config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value(),
                    config.get(TopicConfig.RETENTION_MS_CONFIG).value()));
            }
            return layouts;
        } catch (Exception e) {
            throw new AssertionError("cannot describe topics " + names + ": " + e, e);
        }
    }

    /** The registry's topics as the broker describes them. */
    public static Map<String, TopicLayout> onBrokerOf(String bootstrapServers, List<? extends Topic<?, ?>> topics) {
        return onBroker(bootstrapServers, topics.stream().map(Topic::name).toList());
    }
}
