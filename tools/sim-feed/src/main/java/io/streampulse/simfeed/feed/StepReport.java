package io.streampulse.simfeed.feed;

import java.time.Instant;

/**
 * One refresh cycle of the feed.
 *
 * @param cycle      0 for the start, then 1, 2, ...
 * @param at         sim time of the cycle (the observed_at of its observations)
 * @param swept      live streams the discovery sweep listed
 * @param discovered channels the sweep added to the active set
 * @param live       LIVE observations published
 * @param absent     ABSENT observations published
 * @param dropped    channels dropped from the active set after the cycle (absent long enough)
 * @param calls      Get Streams calls so far (sweeps and refreshes)
 */
public record StepReport(int cycle, Instant at, int swept, int discovered, int live, int absent, int dropped,
                         long calls) {

    public int observations() {
        return live + absent;
    }
}
