package io.streampulse.bench.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one {@code wrk --latency} run printed: requests per second, the latency distribution (ms), the request
 * count, non-2xx/3xx answers and socket errors. {@link #parse(String)} is pure.
 *
 * @param requestsPerSecond {@code Requests/sec}
 * @param p50Ms             50% of the latency distribution
 * @param p90Ms             90%
 * @param p99Ms             99%
 * @param maxMs             the {@code Max} of the latency thread stats
 * @param requests          {@code N requests in ...}
 * @param non2xx            {@code Non-2xx or 3xx responses} (0 when absent)
 * @param socketErrors      connect + read + write + timeout of {@code Socket errors} (0 when absent)
 */
public record WrkResult(double requestsPerSecond, double p50Ms, double p90Ms, double p99Ms, double maxMs,
                        long requests, long non2xx, long socketErrors) {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern MAX = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+[a-z]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
        "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    public static WrkResult parse(String output) {
        double rps = Double.parseDouble(group(RPS, output, "Requests/sec"));
        Matcher socket = SOCKET.matcher(output);
        long errors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        return new WrkResult(rps, percentile(output, "50"), percentile(output, "90"), percentile(output, "99"),
            millis(group(MAX, output, "Latency Max")), Long.parseLong(group(REQUESTS, output, "requests")),
            non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, errors);
    }

    /** wrk's durations ("812.00us", "1.52ms", "2.01s", "1.00m") in milliseconds. */
    static double millis(String value) {
        Matcher m = Pattern.compile("([\\d.]+)([a-z]+)").matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a wrk duration: " + value);
        }
        double number = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            case "m" -> number * 60_000;
            case "h" -> number * 3_600_000;
            default -> throw new IllegalArgumentException("unknown unit in " + value);
        };
    }

    private static double percentile(String output, String percent) {
        Pattern line = Pattern.compile("(?m)^\\s+" + percent + "(?:\\.000)?%\\s+([\\d.]+[a-z]+)\\s*$");
        return millis(group(line, output, percent + "% latency (run wrk with --latency)"));
    }

    private static String group(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("wrk printed no " + what + ":\n" + output);
        }
        return m.group(1);
    }
}
