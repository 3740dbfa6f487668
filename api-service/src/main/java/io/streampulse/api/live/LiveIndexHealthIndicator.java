package io.streampulse.api.live;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Readiness: DOWN until the live index has read twitch.streams.live.v1 up to the end offsets seen at start. */
@Singleton
class LiveIndexHealthIndicator implements HealthIndicator {

    static final String NAME = "liveIndex";

    private final LiveIndexService live;

    LiveIndexHealthIndicator(LiveIndexService live) {
        this.live = live;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CatchUp status = live.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("streams", live.index().size());
        details.put("topic_present", status.topicPresent());
        details.put("caught_up", status.caughtUp());
        if (!status.lag().isEmpty()) {
            details.put("lag", status.lag());
        }
        if (status.lastError() != null) {
            details.put("last_error", status.lastError());
        }
        HealthStatus health = status.caughtUp() ? HealthStatus.UP : HealthStatus.DOWN;
        return Mono.just(HealthResult.builder(NAME, health).details(details).build());
    }
}
