package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/** Shared by the Redis tests: SET, GET, EXPIRE through the Lettuce client against a real server. */
final class RedisRoundTrip {

    private RedisRoundTrip() {
    }

    static void assertRoundTrip(String uri) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            String prefix = TestNames.unique("roundtrip") + ":";

            // Given / When
            redis.set(prefix + "kept", "alpha");
            redis.set(prefix + "fleeting", "beta");
            boolean keptExpiry = redis.expire(prefix + "kept", 60);
            boolean fleetingExpiry = redis.pexpire(prefix + "fleeting", 200);

            // Then
            assertThat(redis.get(prefix + "kept")).isEqualTo("alpha");
            assertThat(keptExpiry).isTrue();
            assertThat(fleetingExpiry).isTrue();
            assertThat(redis.ttl(prefix + "kept")).isBetween(1L, 60L);
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(redis.get(prefix + "fleeting")).isNull());
            assertThat(redis.get(prefix + "kept")).isEqualTo("alpha");
        } finally {
            client.shutdown();
        }
    }
}
