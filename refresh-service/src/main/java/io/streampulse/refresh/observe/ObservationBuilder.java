package io.streampulse.refresh.observe;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.twitch.helix.HelixStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Get Streams answer for requested broadcasters into observations: LIVE with the full state for each
 * requested broadcaster in the answer, ABSENT for each one missing; all observed at the time the answer came.
 * Streams nobody asked for are ignored. Pure.
 */
public final class ObservationBuilder {

    private ObservationBuilder() {
    }

    public static Observations build(List<String> requested, List<HelixStream> answer, Instant observedAt) {
        Map<String, StreamState> byBroadcaster = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (HelixStream stream : answer) {
            try {
                byBroadcaster.put(stream.userId(), state(stream));
            } catch (RuntimeException e) {
                unreadable.add(stream.userId() + ": " + e.getMessage());
            }
        }
        List<StreamObserved> observations = new ArrayList<>(requested.size());
        List<LiveStreamUpdated> live = new ArrayList<>();
        for (String broadcaster : requested) {
            StreamState state = byBroadcaster.get(broadcaster);
            if (state == null) {
                observations.add(StreamObserved.absent(EventIds.random(), observedAt, broadcaster));
            } else {
                observations.add(StreamObserved.live(EventIds.random(), observedAt, state));
                live.add(new LiveStreamUpdated(EventIds.random(), observedAt, SchemaVersion.CURRENT, state, observedAt));
            }
        }
        return new Observations(observations, live, unreadable);
    }

    /** Helix's {@code user_*} fields are the broadcaster's. */
    static StreamState state(HelixStream s) {
        return new StreamState(s.id(), s.userId(), s.userLogin(), s.userName(), s.gameId(), s.gameName(), s.title(),
            s.tags(), s.viewerCount(), s.startedAt(), s.language(), s.type(), s.thumbnailUrl());
    }
}
