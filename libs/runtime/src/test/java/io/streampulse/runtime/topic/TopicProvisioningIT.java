package io.streampulse.runtime.topic;

import static io.streampulse.runtime.RuntimeContexts.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.RuntimeContexts;
import io.streampulse.runtime.testing.TopicLayout;
import io.streampulse.runtime.topic.TopicProvisioningStatus.Phase;
import io.streampulse.testkit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up creation of a service's topics: waits for a late Kafka, then reports ready; gives up when told. */
class TopicProvisioningIT {

    @Test
    void createsTheTopicsTheServiceWritesOnceKafkaArrives() throws Exception {
        // Given a refresh service started while nothing answers at its Kafka address
        try (LateBroker kafka = new LateBroker(TestKafka.bootstrapServers());
             ApplicationContext context = RuntimeContexts.start(fastRetries(Services.REFRESH, kafka.bootstrapServers()))) {
            TopicProvisioning provisioning = context.getBean(TopicProvisioning.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> provisioning.status().attempts() >= 2);

            // Then it keeps trying, is not ready, and is still live
            assertThat(provisioning.status().phase()).isEqualTo(Phase.PENDING);
            assertThat(provisioning.status().lastError()).isNotBlank();
            assertThat(check(context, TopicsHealthIndicator.class).getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(check(context, TopicProvisioningLivenessIndicator.class).getStatus()).isEqualTo(HealthStatus.UP);

            // When Kafka arrives
            kafka.arrive();

            // Then every topic refresh writes exists as the registry describes it, and topics are ready
            await().atMost(Duration.ofSeconds(60)).until(() -> provisioning.status().isProvisioned());
            List<Topic<?, ?>> written = Topics.writtenBy(Services.REFRESH);
            assertThat(TopicLayout.onBrokerOf(TestKafka.bootstrapServers(), written)).isEqualTo(TopicLayout.of(written));
            assertThat(check(context, TopicsHealthIndicator.class).getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(check(context, TopicsHealthIndicator.class).getDetails()).isEqualTo(Map.of(
                "service", Services.REFRESH, "phase", "PROVISIONED",
                "topics", written.stream().map(Topic::name).toList(),
                "attempts", provisioning.status().attempts()));
        }
    }

    @Test
    void givesUpAfterTheConfiguredTimeAndReportsNotLive() {
        // Given a service whose Kafka never answers and that gives up after 2 s
        Map<String, Object> settings = fastRetries(Services.ARCHIVE, "127.0.0.1:" + RuntimeContexts.deadPort());
        settings.put("streampulse.topics.give-up-after", "2s");
        try (ApplicationContext context = RuntimeContexts.start(settings)) {
            TopicProvisioning provisioning = context.getBean(TopicProvisioning.class);

            // When the time is up
            await().atMost(Duration.ofSeconds(30)).until(() -> provisioning.status().phase() == Phase.GAVE_UP);

            // Then it stops trying, and is neither ready nor live
            int attempts = provisioning.status().attempts();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> provisioning.status().attempts() == attempts);
            assertThat(check(context, TopicsHealthIndicator.class).getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(check(context, TopicProvisioningLivenessIndicator.class).getStatus()).isEqualTo(HealthStatus.DOWN);
        }
    }

    private static Map<String, Object> fastRetries(String service, String bootstrapServers) {
        Map<String, Object> settings = RuntimeContexts.service(service, bootstrapServers);
        settings.put("streampulse.topics.attempt-timeout", "1s");
        settings.put("streampulse.topics.initial-backoff", "100ms");
        settings.put("streampulse.topics.max-backoff", "500ms");
        return settings;
    }
}
