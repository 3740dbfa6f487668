package io.streampulse.simfeed.feed;

import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamObserved;
import java.util.List;

/**
 * Where the feed writes what ingest and refresh would: twitch.streams.discovered.v1 and
 * twitch.streams.observations.v1.
 */
public interface FeedOutput {

    /** Sends one cycle's records and returns once every one of them is acknowledged. */
    void publish(List<StreamDiscovered> discovered, List<StreamObserved> observations);
}
