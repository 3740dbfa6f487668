package io.streampulse.api.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates the parameters of one request. Each method returns the parsed value (or a default when the parameter is
 * absent) and records what is wrong instead of throwing, so {@link #check()} can answer with every rejected
 * parameter at once. Reasons never echo the input: they say what is expected.
 */
public final class Params {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_DAYS = 365;

    private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9_]{1,25}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

    private final List<Problem.InvalidParam> invalid = new ArrayList<>();

    /** A Twitch login ({@code ^[a-zA-Z0-9_]{1,25}$}), lower-cased (logins are case-insensitive). */
    public String login(String raw) {
        if (raw == null || !LOGIN.matcher(raw).matches()) {
            reject("login", "must be a Twitch login: 1 to 25 letters, digits or underscores");
            return "";
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    /** {@code limit}: 1..100, default {@code defaultLimit}. */
    public int limit(String raw, int defaultLimit) {
        return integer("limit", raw, defaultLimit, 1, MAX_LIMIT);
    }

    /** {@code days}: 1..365, default {@code defaultDays}. */
    public int days(String raw, int defaultDays) {
        return integer("days", raw, defaultDays, 1, MAX_DAYS);
    }

    /** A whole number in {@code [min, max]}; absent or empty gives {@code defaultValue}. */
    public int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        String reason = "must be a whole number from " + min + " to " + max;
        if (!DIGITS.matcher(raw).matches()) {
            reject(name, reason);
            return defaultValue;
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            reject(name, reason);
            return defaultValue;
        }
        return value;
    }

    /** An RFC 3339 date-time with offset (e.g. {@code 2025-05-01T12:00:00Z}); absent or empty gives null. */
    public Instant dateTime(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String reason = "must be an RFC 3339 date-time with offset, e.g. 2025-05-01T12:00:00Z";
        if (!DATE_TIME.matcher(raw).matches()) {
            reject(name, reason);
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeException e) {
            reject(name, reason);
            return null;
        }
    }

    /** An RFC 3339 full-date ({@code 2025-05-01}, a UTC day); absent or empty gives null. */
    public LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String reason = "must be an RFC 3339 full-date (a UTC day), e.g. 2025-05-01";
        if (!DATE.matcher(raw).matches()) {
            reject(name, reason);
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeException e) {
            reject(name, reason);
            return null;
        }
    }

    /** A value matching {@code pattern} (described by {@code expected}); absent or empty gives null. */
    public String matching(String name, String raw, Pattern pattern, String expected) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(raw).matches()) {
            reject(name, "must be " + expected);
            return null;
        }
        return raw;
    }

    /** One of the keys of {@code choices}; absent or empty gives {@code defaultValue}. */
    public <T> T choice(String name, String raw, Map<String, T> choices, T defaultValue) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        T value = choices.get(raw);
        if (value == null) {
            reject(name, "must be one of " + String.join(", ", choices.keySet().stream().sorted().toList()));
            return defaultValue;
        }
        return value;
    }

    /** Records a rejected parameter (for rules that span parameters, e.g. from before to). */
    public void reject(String name, String reason) {
        invalid.add(new Problem.InvalidParam(name, reason));
    }

    public boolean valid() {
        return invalid.isEmpty();
    }

    /** Throws a 400 problem listing every rejected parameter, if any. */
    public void check() {
        if (invalid.isEmpty()) {
            return;
        }
        String names = String.join(", ", invalid.stream().map(Problem.InvalidParam::name).distinct().toList());
        String detail = invalid.size() == 1
            ? "Parameter '" + names + "' " + invalid.get(0).reason() + "."
            : "Invalid parameters: " + names + ".";
        throw new ProblemException(ProblemType.INVALID_PARAMETER, detail, invalid);
    }
}
