package io.streampulse.runtime.topic;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Readiness: UP once every topic this service writes exists; DOWN (with the last error) until then. */
@Singleton
public class TopicsHealthIndicator implements HealthIndicator {

    static final String NAME = "topics";

    private final TopicProvisioning provisioning;

    TopicsHealthIndicator(TopicProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        TopicProvisioningStatus status = provisioning.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", provisioning.serviceName());
        details.put("phase", status.phase().name());
        details.put("topics", status.topics());
        details.put("attempts", status.attempts());
        if (!status.isProvisioned()) {
            details.put("last_error", status.lastError());
        }
        HealthStatus health = status.isProvisioned() ? HealthStatus.UP : HealthStatus.DOWN;
        return Mono.just(HealthResult.builder(NAME, health).details(details).build());
    }
}
