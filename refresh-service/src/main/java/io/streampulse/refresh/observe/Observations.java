package io.streampulse.refresh.observe;

import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamObserved;
import java.util.List;

/**
 * What one Helix answer says about the requested streams.
 *
 * @param observations one per requested broadcaster: LIVE with its state, or ABSENT
 * @param live         the new current state of every LIVE one, for twitch.streams.live.v1
 * @param unreadable   streams in the answer that broke the contract (missing login ...), left out
 */
public record Observations(List<StreamObserved> observations, List<LiveStreamUpdated> live, List<String> unreadable) {

    public Observations {
        observations = List.copyOf(observations);
        live = List.copyOf(live);
        unreadable = List.copyOf(unreadable);
    }
}
