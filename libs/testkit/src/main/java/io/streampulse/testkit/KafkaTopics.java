package io.streampulse.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates topics idempotently and returns once the broker serves them with a leader for every
 * partition (the controller commits a topic before the broker's metadata shows it). A topic that
 * already exists with the same partition count is left as it is; another count is an error
 * (two tests disagree about a name).
 */
final class KafkaTopics {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private KafkaTopics() {
    }

    static void ensure(String bootstrapServers, Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> names = topics.stream().map(NewTopic::name).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = create(admin, topics);
            Map<String, TopicDescription> described = describeWhenServed(admin, names);
            topics.stream().filter(t -> existing.contains(t.name()))
                    .forEach(t -> checkPartitions(t, described.get(t.name())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("creating topics failed: " + names, e.getCause());
        }
    }

    /** Creates the topics and returns the names of those that already existed. */
    private static Set<String> create(Admin admin, Collection<NewTopic> topics)
            throws InterruptedException, ExecutionException {
        Set<String> existing = new HashSet<>();
        for (var entry : admin.createTopics(topics).values().entrySet()) {
            try {
                entry.getValue().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                existing.add(entry.getKey());
            }
        }
        return existing;
    }

    private static Map<String, TopicDescription> describeWhenServed(Admin admin, List<String> names) {
        return await("topics served by the broker: " + names)
                .atMost(VISIBLE_WITHIN)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsMatching(KafkaTopics::notYetKnown)
                .until(() -> admin.describeTopics(names).allTopicNames().get(), KafkaTopics::allLed);
    }

    private static boolean allLed(Map<String, TopicDescription> described) {
        return described.values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    }

    private static boolean notYetKnown(Throwable e) {
        return e instanceof ExecutionException && e.getCause() instanceof UnknownTopicOrPartitionException;
    }

    private static void checkPartitions(NewTopic topic, TopicDescription described) {
        int actual = described.partitions().size();
        if (actual != topic.numPartitions()) {
            throw new IllegalStateException("topic " + topic.name() + " exists with " + actual
                    + " partitions, wanted " + topic.numPartitions());
        }
    }
}
