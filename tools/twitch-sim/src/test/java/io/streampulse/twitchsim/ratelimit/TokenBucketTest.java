package io.streampulse.twitchsim.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void drainsRefillsContinuouslyAndReportsWhenFull() {
        AtomicLong nanos = new AtomicLong();
        AtomicLong millis = new AtomicLong(1_700_000_000_000L);
        TokenBucket bucket = new TokenBucket(60, nanos::get, millis::get);
        for (int i = 0; i < 60; i++) {
            bucket.take(1);
        }

        TokenBucket.Decision empty = bucket.take(1);
        nanos.addAndGet(30_000_000_000L);
        millis.addAndGet(30_000);
        TokenBucket.Decision halfway = bucket.take(1);

        assertThat(empty).isEqualTo(new TokenBucket.Decision(false, 60, 0, 1_700_000_060L));
        assertThat(halfway).isEqualTo(new TokenBucket.Decision(true, 60, 29, 1_700_000_061L));
    }

    @Test
    void aFullBucketResetsNow() {
        TokenBucket bucket = new TokenBucket(800, () -> 0L, () -> 1_700_000_000_000L);

        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Decision(true, 800, 800, 1_700_000_000L));
    }
}
