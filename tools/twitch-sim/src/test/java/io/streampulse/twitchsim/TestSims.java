package io.streampulse.twitchsim;

import java.time.Instant;

/** Simulator settings for tests: small world, MANUAL clock, fixed start, no randomness in responses. */
final class TestSims {
    static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    private TestSims() {
    }

    static SimConfig manual() {
        return SimConfig.defaults().withPort(0).withChannels(2000).withLiveShare(0.2).withSeed(7)
                .withClockMode(ClockMode.MANUAL).withStartTime(START).withFlapRate(0).withDuplicateDeliveryRate(0)
                .withEventRatePerChannel(0).withRateLimitPerMinute(100_000);
    }
}
