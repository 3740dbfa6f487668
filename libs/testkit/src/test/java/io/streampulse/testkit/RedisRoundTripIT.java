package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisRoundTripIT {

    @Test
    void setGetAndExpireWorkAgainstTheSharedServer() {
        String uri = TestRedis.uri();

        assertThat(uri).matches("redis://[^:/]+:\\d+");
        RedisRoundTrip.assertRoundTrip(uri);
    }
}
