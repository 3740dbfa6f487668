package io.streampulse.localstack.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisEndpointTest {

    @Test
    void neverPrintsAPassword() {
        assertThat(new RedisEndpoint("redis://:s3cret@cache:6379/0", "from REDIS_URI").toString())
                .isEqualTo("redis://***@cache:6379/0 (from REDIS_URI)");
        assertThat(new RedisEndpoint("redis://127.0.0.1:6379", "local server").toString())
                .isEqualTo("redis://127.0.0.1:6379 (local server)");
    }

    @Test
    void postgresEndpointsLeaveThePasswordOut() {
        assertThat(new PostgresEndpoint("jdbc:postgresql://db:5432/streampulse", "app", "s3cret", "from env").toString())
                .isEqualTo("jdbc:postgresql://db:5432/streampulse (user app, from env)");
    }
}
