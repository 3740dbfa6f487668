package io.streampulse.contracts.samples;

import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import java.time.Instant;
import java.util.List;

/** Sample stream events, modelled on the Twitch fixtures (Helix Get Streams, EventSub stream.*). */
public final class StreamSamples {

    public static final Instant STARTED = Instant.parse("2021-03-10T15:04:21Z");

    private StreamSamples() {
    }

    public static StreamState state(int viewers) {
        return new StreamState("123456789", "98765", "sandysanderman", "SandySanderman", "494131",
            "Little Nightmares", "hablamos y le damos a Little Nightmares 1", List.of("Español"), viewers,
            STARTED, "es", "live", "https://static-cdn.jtvnw.net/previews-ttv/live_user_auronplay-{width}x{height}.jpg");
    }

    public static StreamDiscovered discovered() {
        return new StreamDiscovered("5f0c6a34-7d0e-4c0e-9a55-6a1f0f3f2b10", Instant.parse("2021-03-10T15:06:00Z"), 1,
            DiscoverySource.SWEEP, state(78365));
    }

    public static StreamWentOnline online() {
        return new StreamWentOnline("befa7b53-d79d-478f-86b9-120f112b044e", Instant.parse("2020-10-11T10:11:12.456Z"),
            1, "9001", "1337", "cool_user", "Cool_User", "live", Instant.parse("2020-10-11T10:11:12.123Z"));
    }

    public static StreamWentOffline offline() {
        return new StreamWentOffline("7a8b9c0d-1e2f-4a5b-8c7d-0e1f2a3b4c5d", Instant.parse("2020-10-11T13:02:40Z"),
            1, "1337", "cool_user", "Cool_User");
    }

    public static StreamObserved observedLive() {
        return StreamObserved.live("0b7e2f7e-3c1a-4f5e-9d3b-2a6c8e1f4d20", Instant.parse("2021-03-10T16:00:05Z"),
            state(80112));
    }

    public static StreamObserved observedAbsent() {
        return StreamObserved.absent("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", Instant.parse("2021-03-10T19:30:05Z"),
            "98765");
    }

    public static LiveStreamUpdated liveUpdated() {
        return new LiveStreamUpdated("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", Instant.parse("2021-03-10T16:00:06Z"), 1,
            state(80112), Instant.parse("2021-03-10T16:00:05Z"));
    }

    public static StreamEnded ended() {
        return new StreamEnded("2c1b0a9f-8e7d-4c6b-9a5f-4e3d2c1b0a9f", Instant.parse("2021-03-10T19:35:10Z"), 1,
            "123456789", "98765", "sandysanderman", "SandySanderman", STARTED,
            Instant.parse("2021-03-10T19:28:05Z"), 15464, 81020, 79450.5, 20477000L,
            List.of(new GamePlayed("494131", "Little Nightmares", 12000), new GamePlayed("509658", "Just Chatting", 3464)),
            List.of("hablamos y le damos a Little Nightmares 1", "charlando"), List.of("Español"), "es",
            EndReason.ABSENT_GRACE, 263);
    }
}
