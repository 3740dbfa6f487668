package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The fallbacks for machines without Docker or local services, started explicitly (not through
 * the shared singletons) so they are proven even where local PostgreSQL and Redis run.
 */
class EmbeddedFallbacksIT {

    @Test
    void embeddedPostgresServesFreshIsolatedDatabasesAndIsFoundByTheLocalProbe() throws Exception {
        int port;
        try (Started<PostgresServer> postgres = EmbeddedPostgresServer.start()) {
            // Given
            TestDatabase first = postgres.endpoint().createDatabase("embedded");
            TestDatabase second = postgres.endpoint().createDatabase("embedded");
            port = port(first.jdbcUrl());

            // When / Then
            PostgresRoundTrip.assertRoundTrip(first);
            assertThat(PostgresRoundTrip.publicTables(second)).isEmpty();
            assertThat(PostgresBackends.local(port)).isPresent();
        }
        assertThat(PostgresBackends.local(port)).isEmpty();
    }

    @Test
    void embeddedRedisServesRoundTripsAndAnswersPingUntilStopped() throws Exception {
        int port;
        try (Started<String> redis = EmbeddedRedis.start()) {
            // Given
            port = port(redis.endpoint());

            // When / Then
            RedisRoundTrip.assertRoundTrip(redis.endpoint());
            assertThat(RedisPing.answers("127.0.0.1", port)).isTrue();
        }
        assertThat(RedisPing.answers("127.0.0.1", port)).isFalse();
    }

    private static int port(String url) {
        return URI.create(url.replaceFirst("^jdbc:", "")).getPort();
    }
}
