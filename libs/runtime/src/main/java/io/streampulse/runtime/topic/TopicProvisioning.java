package io.streampulse.runtime.topic;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.TopicProvisioner;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.error.Errors;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics this service writes ({@link Topics#writtenBy}) when the service starts, with the
 * partitions and cleanup policy of the registry and the replication factor
 * {@code streampulse.kafka.replication-factor} (unset: the broker's {@code default.replication.factor}).
 * Runs off the start-up thread and retries with backoff while Kafka is not reachable, so a service
 * started before Kafka does not crash; readiness stays DOWN ({@link TopicsHealthIndicator}) until the
 * topics exist. Existing topics are left as they are.
 */
@Singleton
public class TopicProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioning.class);

    private final String serviceName;
    private final List<Topic<?, ?>> topics;
    private final KafkaDefaultConfiguration kafka;
    private final TopicProvisioningSettings settings;
    private final TaskScheduler scheduler;
    private final Optional<Short> replicationFactor;
    private final AtomicReference<TopicProvisioningStatus> status;
    private volatile long startedNanos;

    TopicProvisioning(@Property(name = "streampulse.service-name") String serviceName,
                      KafkaDefaultConfiguration kafka,
                      TopicProvisioningSettings settings,
                      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                      @Nullable @Property(name = "streampulse.kafka.replication-factor") Short replicationFactor) {
        this.serviceName = serviceName;
        this.topics = List.copyOf(Topics.writtenBy(serviceName));
        this.kafka = kafka;
        this.settings = settings;
        this.scheduler = scheduler;
        this.replicationFactor = Optional.ofNullable(replicationFactor);
        this.status = new AtomicReference<>(TopicProvisioningStatus.pending(topics.stream().map(Topic::name).toList()));
    }

    public String serviceName() {
        return serviceName;
    }

    public TopicProvisioningStatus status() {
        return status.get();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        startedNanos = System.nanoTime();
        scheduler.schedule(Duration.ZERO, this::attempt);
    }

    private void attempt() {
        try (Admin admin = Admin.create(adminConfig())) {
            TopicProvisioner.ensureTopics(admin, topics, replicationFactor);
            TopicProvisioningStatus done = status.updateAndGet(TopicProvisioningStatus::provisioned);
            LOG.info("Topics of {} ready after {} attempt(s): {}", serviceName, done.attempts(), done.topics());
        } catch (RuntimeException e) {
            onFailure(e);
        }
    }

    private void onFailure(RuntimeException error) {
        boolean giveUp = Duration.ofNanos(System.nanoTime() - startedNanos).compareTo(settings.giveUpAfter()) >= 0;
        TopicProvisioningStatus now = status.updateAndGet(s -> s.failed(Errors.rootCause(error), giveUp));
        if (giveUp) {
            LOG.error("Gave up creating the topics of {} after {} attempts: {}", serviceName, now.attempts(), now.lastError());
            return;
        }
        Duration backoff = settings.backoffAfter(now.attempts());
        LOG.warn("Creating the topics of {} failed (attempt {}), retrying in {} ms: {}",
            serviceName, now.attempts(), backoff.toMillis(), now.lastError());
        scheduler.schedule(backoff, this::attempt);
    }

    private Properties adminConfig() {
        Properties config = KafkaClientConfigs.admin(kafka, serviceName + "-topic-provisioning");
        String timeoutMs = Long.toString(settings.attemptTimeout().toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        return config;
    }
}
