package io.streampulse.simfeed.truth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The keys the ground truth is summed under: the statistics' windows (UTC days and hours). */
public final class TruthKeys {

    private TruthKeys() {
    }

    /** A channel on a UTC day. */
    public record ChannelDay(String broadcasterId, LocalDate day) {
    }

    /** A category in a UTC hour ({@code hour} = the window start). */
    public record GameHour(String gameId, Instant hour) {
    }

    /** A normalised tag on a UTC day. */
    public record TagDay(String tag, LocalDate day) {
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant hour(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }
}
