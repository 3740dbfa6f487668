package io.streampulse.twitchsim.world;

import java.time.Duration;
import java.time.Instant;

/**
 * One broadcast as the world knows it. {@code endedAt} is null while live. {@code viewerMinutes} is the viewer
 * count integrated over every tick of the broadcast (for broadcasts already running when the world started, the
 * time before the start is counted at the initial viewer count).
 */
public record Session(int broadcaster, long streamId, Instant startedAt, Instant endedAt, int peakViewers,
                      int lastViewers, double viewerMinutes) {

    public boolean live() {
        return endedAt == null;
    }

    /** Time-weighted mean viewer count between start and end (or {@code now} while live). */
    public double averageViewers(Instant now) {
        Instant end = endedAt == null ? now : endedAt;
        double minutes = Duration.between(startedAt, end).toMillis() / 60_000.0;
        return minutes <= 0 ? lastViewers : viewerMinutes / minutes;
    }
}
