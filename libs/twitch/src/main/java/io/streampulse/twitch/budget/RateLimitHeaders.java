package io.streampulse.twitch.budget;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Twitch's own view of the bucket, from the {@code Ratelimit-Limit}, {@code Ratelimit-Remaining} and
 * {@code Ratelimit-Reset} headers of a Helix response.
 *
 * @param limit     bucket size = refill per minute; 0 when the header was absent
 * @param remaining points left after this request
 * @param reset     when the bucket is full again (Unix epoch seconds on the wire)
 */
public record RateLimitHeaders(long limit, long remaining, Instant reset) {

    public static final String LIMIT = "Ratelimit-Limit";
    public static final String REMAINING = "Ratelimit-Remaining";
    public static final String RESET = "Ratelimit-Reset";

    /** Empty when Remaining or Reset is missing or not a number. */
    public static Optional<RateLimitHeaders> from(HttpHeaders headers) {
        OptionalLong remaining = number(headers, REMAINING);
        OptionalLong reset = number(headers, RESET);
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        long limit = number(headers, LIMIT).orElse(0);
        return Optional.of(new RateLimitHeaders(limit, remaining.getAsLong(), Instant.ofEpochSecond(reset.getAsLong())));
    }

    /** The reset instant alone (used on a 429 whose other headers may be missing). */
    public static Optional<Instant> resetOf(HttpHeaders headers) {
        OptionalLong reset = number(headers, RESET);
        return reset.isPresent() ? Optional.of(Instant.ofEpochSecond(reset.getAsLong())) : Optional.empty();
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        Optional<String> raw = headers.firstValue(name);
        if (raw.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
