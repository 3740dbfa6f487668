package io.streampulse.simfeed.cli;

import java.time.Instant;

/** What a run did, written to {@code run.json}. */
public record RunSummary(Instant start, Instant end, int stepSeconds, int cycles, int channels, double liveShare,
                         long seed, double flapRate, int meanStreamMinutes, int tickSeconds, long liveObservations,
                         long absentObservations, long calls, long feedMillis) {

    public long observations() {
        return liveObservations + absentObservations;
    }
}
