package io.streampulse.localstack.kafka;

import io.streampulse.contracts.topic.TopicProvisioner;
import io.streampulse.contracts.topic.Topics;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates every topic of the registry ({@link Topics#all()}) with its partitions, retention and cleanup
 * policy, so the stack is complete before the services are up. Idempotent: the services create what they
 * write as well.
 */
public final class RegistryTopics {

    private RegistryTopics() {
    }

    /** Returns how many topics the registry holds. */
    public static int ensure(String bootstrapServers) {
        try (Admin admin = KafkaProbe.admin(bootstrapServers)) {
            TopicProvisioner.ensureTopics(admin, Topics.all());
        }
        return Topics.all().size();
    }
}
