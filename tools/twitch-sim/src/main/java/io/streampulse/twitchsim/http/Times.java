package io.streampulse.twitchsim.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RFC3339 UTC timestamps the way Twitch writes them. */
public final class Times {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2021-03-10T15:04:21Z}: Helix resources. */
    public static String seconds(Instant t) {
        return SECONDS.format(t) + "Z";
    }

    /**
     * With exactly {@code digits} fractional digits (0..9), truncated, e.g. 7 digits
     * {@code 2021-02-19T23:47:00.8091512Z}. Twitch varies the count, so consumers must not re-format timestamps.
     */
    public static String fraction(Instant t, int digits) {
        if (digits <= 0) {
            return seconds(t);
        }
        String nanos = String.format("%09d", t.getNano());
        return SECONDS.format(t) + "." + nanos.substring(0, Math.min(9, digits)) + "Z";
    }

    /** Nanosecond precision, as in EventSub subscription created_at. */
    public static String nanos(Instant t) {
        return fraction(t, 9);
    }
}
