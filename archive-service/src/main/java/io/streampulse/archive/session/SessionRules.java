package io.streampulse.archive.session;

import java.time.Duration;
import java.util.Objects;

/**
 * When a session ends and how its viewers are integrated.
 *
 * @param absentObservations    consecutive ABSENT observations needed to end a session (default 2)
 * @param absentSpan            time from the first to the latest of those ABSENT observations needed too (default 2 min)
 * @param maxIntegrationGap     longest span of the viewer-minutes integral (a lead-in, the time between two LIVE
 *                              observations, a tail) that counts (default 2 min = 2x the refresh interval), so a gap
 *                              in the observations does not inflate viewer-minutes; see {@link OpenSession}
 * @param rememberedEndedStreams how many ended stream ids per channel are remembered, so late LIVE observations of a
 *                              stream that already ended (Helix lags behind stream.offline) cannot reopen it
 */
public record SessionRules(int absentObservations, Duration absentSpan, Duration maxIntegrationGap,
                           int rememberedEndedStreams) {

    public static final SessionRules DEFAULTS = new SessionRules(2, Duration.ofMinutes(2), Duration.ofMinutes(2), 4);

    public SessionRules {
        if (absentObservations < 1) {
            throw new IllegalArgumentException("absentObservations must be at least 1 but was " + absentObservations);
        }
        Objects.requireNonNull(absentSpan, "absentSpan");
        Objects.requireNonNull(maxIntegrationGap, "maxIntegrationGap");
        if (absentSpan.isNegative() || maxIntegrationGap.isNegative() || maxIntegrationGap.isZero()) {
            throw new IllegalArgumentException("absentSpan must not be negative and maxIntegrationGap must be positive");
        }
        if (rememberedEndedStreams < 1) {
            throw new IllegalArgumentException("rememberedEndedStreams must be at least 1");
        }
    }
}
