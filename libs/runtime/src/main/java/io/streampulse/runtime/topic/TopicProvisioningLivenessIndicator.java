package io.streampulse.runtime.topic;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Liveness: DOWN only when the service gave up creating its topics ({@code streampulse.topics.give-up-after}),
 * so an orchestrator restarts it instead of leaving it unready for ever. While it is still trying it is live.
 */
@Singleton
@Liveness
public class TopicProvisioningLivenessIndicator implements HealthIndicator {

    static final String NAME = "topicProvisioning";

    private final TopicProvisioning provisioning;

    TopicProvisioningLivenessIndicator(TopicProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        TopicProvisioningStatus status = provisioning.status();
        boolean gaveUp = status.phase() == TopicProvisioningStatus.Phase.GAVE_UP;
        return Mono.just(HealthResult.builder(NAME, gaveUp ? HealthStatus.DOWN : HealthStatus.UP)
            .details(Map.of("phase", status.phase().name(), "attempts", status.attempts()))
            .build());
    }
}
