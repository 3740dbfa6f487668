package io.streampulse.runtime.redis;

import static io.streampulse.runtime.RuntimeContexts.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.streampulse.contracts.topic.Services;
import io.streampulse.runtime.RuntimeContexts;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestRedis;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Redis readiness check against a real Redis, a port where nothing listens, and a service without Redis. */
class RedisHealthIndicatorIT {

    @Test
    void upWithThePingReplyWhenRedisAnswers() {
        // Given a service whose Redis is up
        RedisURI redis = RedisURI.create(TestRedis.uri());
        try (ApplicationContext context = RuntimeContexts.start(withRedis(TestRedis.uri()))) {

            // When readiness asks
            HealthResult result = check(context, RedisHealthIndicator.class);

            // Then Redis is UP, with where it is and its PING reply
            assertThat(result.getName()).isEqualTo("redis");
            assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) result.getDetails();
            assertThat(details).containsOnlyKeys("address", "reply", "latency_ms")
                .containsEntry("address", redis.getHost() + ":" + redis.getPort())
                .containsEntry("reply", "PONG");
            assertThat((Long) details.get("latency_ms")).isBetween(0L, 2_000L);
        }
    }

    @Test
    void downWithTheCauseWhenNothingListens() {
        // Given a service whose Redis address has nothing listening
        int port = RuntimeContexts.deadPort();
        try (ApplicationContext context = RuntimeContexts.start(withRedis("redis://127.0.0.1:" + port))) {

            // When readiness asks
            HealthResult result = check(context, RedisHealthIndicator.class);

            // Then Redis is DOWN, saying where and why
            assertThat(result.getName()).isEqualTo("redis");
            assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) result.getDetails();
            assertThat(details).containsOnlyKeys("address", "error").containsEntry("address", "127.0.0.1:" + port);
            assertThat((String) details.get("error")).contains("Connection refused");
        }
    }

    @Test
    void serviceWithoutRedisHasNeitherClientNorCheck() {
        // Given a service that turns Redis off (archive owns no Redis data)
        Map<String, Object> settings = RuntimeContexts.service(Services.ARCHIVE, TestKafka.bootstrapServers());

        // When it starts
        try (ApplicationContext context = RuntimeContexts.start(settings)) {

            // Then it has no Redis client and no Redis check
            assertThat(context.findBean(RedisClient.class)).isEmpty();
            assertThat(context.findBean(RedisHealthIndicator.class)).isEmpty();
        }
    }

    private static Map<String, Object> withRedis(String uri) {
        Map<String, Object> settings = RuntimeContexts.service(Services.API, TestKafka.bootstrapServers());
        settings.put("streampulse.redis.enabled", "true");
        settings.put("redis.uri", uri);
        return settings;
    }
}
