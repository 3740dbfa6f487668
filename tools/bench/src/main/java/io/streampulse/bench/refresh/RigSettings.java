package io.streampulse.bench.refresh;

import io.streampulse.twitchsim.ClockMode;
import java.time.Duration;

/**
 * What a refresh benchmark runs against.
 *
 * @param live      live streams wanted in the simulator (channels = live / {@link #LIVE_SHARE}, at a time of day
 *                  where the simulator's daily cycle is neutral, so about this many are live)
 * @param clock     MANUAL: the simulated world holds still; REAL: streams start and end as time passes
 * @param interval  refresh interval of the service (STREAMPULSE_REFRESH_INTERVAL)
 * @param replicas  refresh-service processes
 * @param ingest    also run ingest-service's jar (discovery sweeps on the shared budget)
 * @param rateLimit Helix points per minute of the simulator's one client id
 */
record RigSettings(int live, ClockMode clock, Duration interval, int replicas, boolean ingest, int rateLimit) {

    static final double LIVE_SHARE = 0.4;
    static final String SERVICE_HEAP = "512m";

    int channels() {
        return (int) Math.ceil(live / LIVE_SHARE);
    }
}
