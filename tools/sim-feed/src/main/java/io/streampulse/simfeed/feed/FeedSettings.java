package io.streampulse.simfeed.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How the feed behaves.
 *
 * @param step              sim time between two refresh cycles (refresh's interval, 60 s); must divide an hour, so
 *                          every interval between two cycles lies inside one hour and one day
 * @param dropAfterAbsent   a channel stays in the active set (and keeps being observed ABSENT) until it has been absent
 *                          this long: refresh keeps a stream until archive's StreamEnded, which comes after archive's
 *                          grace (3 ABSENT observations 2 minutes apart), so keep it longer than that grace
 * @param maxInFlight       Get Streams calls at once (refresh: 8)
 * @param publishDiscovered also publish a StreamDiscovered for every channel a sweep adds to the active set (what
 *                          ingest publishes; refresh-service reads it, archive and aggregator do not)
 */
public record FeedSettings(Duration step, Duration dropAfterAbsent, int maxInFlight, boolean publishDiscovered) {

    /** Ids per Get Streams call: Twitch's maximum, always full batches but the last. */
    public static final int BATCH = 100;

    public FeedSettings {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dropAfterAbsent, "dropAfterAbsent");
        if (step.isNegative() || step.isZero() || Duration.ofHours(1).toMillis() % step.toMillis() != 0) {
            throw new IllegalArgumentException("step must be positive and divide an hour: " + step);
        }
        if (dropAfterAbsent.compareTo(step) < 0) {
            throw new IllegalArgumentException("dropAfterAbsent must be at least one step: " + dropAfterAbsent);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
    }

    /** Refresh's defaults: every 60 s, channels dropped after 5 minutes absent, 8 calls in flight, no discoveries. */
    public static FeedSettings defaults() {
        return new FeedSettings(Duration.ofSeconds(60), Duration.ofMinutes(5), 8, false);
    }

    public FeedSettings withStep(Duration value) {
        return new FeedSettings(value, dropAfterAbsent, maxInFlight, publishDiscovered);
    }

    public FeedSettings withDropAfterAbsent(Duration value) {
        return new FeedSettings(step, value, maxInFlight, publishDiscovered);
    }

    public FeedSettings withPublishDiscovered(boolean value) {
        return new FeedSettings(step, dropAfterAbsent, maxInFlight, value);
    }
}
