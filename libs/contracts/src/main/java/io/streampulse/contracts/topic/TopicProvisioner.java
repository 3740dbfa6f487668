package io.streampulse.contracts.topic;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates missing topics with their partitions, cleanup policy and retention (auto-create is off
 * everywhere). Idempotent: existing topics are left as they are, and a topic created concurrently by
 * another replica is not an error. Framework-free; the real-broker test lives in libs/runtime.
 */
public final class TopicProvisioner {

    private static final long TIMEOUT_SECONDS = 60;

    private TopicProvisioner() {
    }

    /** Ensures the topics exist, with the broker's default replication factor. */
    public static void ensureTopics(Admin admin, Collection<? extends Topic<?, ?>> topics) {
        ensureTopics(admin, topics, Optional.empty());
    }

    /**
     * Ensures the topics exist.
     *
     * @param replicationFactor replication factor for created topics; empty = the broker's
     *                          {@code default.replication.factor}
     * @return the names of the topics this call created (empty when all existed)
     */
    public static List<String> ensureTopics(Admin admin, Collection<? extends Topic<?, ?>> topics,
                                            Optional<Short> replicationFactor) {
        Set<String> existing = await(admin.listTopics().names(), "list topics");
        Map<String, NewTopic> missing = new LinkedHashMap<>();
        for (Topic<?, ?> topic : topics) {
            if (!existing.contains(topic.name())) {
                missing.put(topic.name(), new NewTopic(topic.name(), Optional.of(topic.partitions()), replicationFactor)
                    .configs(topic.topicConfigs()));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        CreateTopicsResult result = admin.createTopics(missing.values());
        List<String> created = new java.util.ArrayList<>();
        result.values().forEach((name, future) -> {
            if (createdOrExisted(name, future)) {
                created.add(name);
            }
        });
        return List.copyOf(created);
    }

    /** True when this call created the topic, false when another client created it first. */
    private static boolean createdOrExisted(String name, org.apache.kafka.common.KafkaFuture<Void> future) {
        try {
            await(future, "create topic " + name);
            return true;
        } catch (KafkaException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting to " + what, e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("timed out after " + TIMEOUT_SECONDS + " s waiting to " + what, e);
        }
    }
}
