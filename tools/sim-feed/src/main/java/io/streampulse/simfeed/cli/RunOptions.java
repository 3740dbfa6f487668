package io.streampulse.simfeed.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of one feed run ({@code --name value} or {@code --name=value}); see {@link #USAGE}.
 *
 * @param startTime null = the latest 12:00 UTC that lets the whole run end an hour before now (Kafka refuses record
 *                  timestamps more than an hour ahead, and a recent past keeps every retention happy)
 */
public record RunOptions(String bootstrapServers, Path out, int channels, double liveShare, long seed,
                         double flapRate, int meanStreamMinutes, int tickSeconds, int stepSeconds, int steps,
                         Instant startTime, int dropAfterAbsentSeconds,
                         boolean publishDiscovered, boolean createTopics) {

    static final String USAGE = """
        java -jar sim-feed.jar --bootstrap <kafka> --out <dir> [options]
          --channels 20000            channels in the simulated world
          --live-share 0.1            average share live (daily cycle +-25 %, peak 18:00 UTC)
          --seed 42                   world seed
          --flap-rate 0.01            chance a live stream is missing from one Get Streams answer
          --mean-stream-minutes 120   mean broadcast length
          --tick-seconds 1            world tick
          --step-seconds 60           refresh interval (must divide an hour)
          --steps 120                 cycles after the first (run length = steps x step)
          --start-time <RFC3339>      sim time of the first cycle (default: latest 12:00 UTC ending 1 h before now)
          --drop-after-absent-seconds 300   how long an absent channel keeps being observed
          --publish-discovered false  also publish StreamDiscovered for channels the sweeps add
          --create-topics true        create the topics it writes if missing
        """;

    private static final Set<String> NAMES = Set.of("bootstrap", "out", "channels", "live-share", "seed", "flap-rate",
        "mean-stream-minutes", "tick-seconds", "step-seconds", "steps", "start-time", "drop-after-absent-seconds",
        "publish-discovered", "create-topics");

    public static RunOptions parse(String[] args, Instant now) {
        Map<String, String> values = values(args);
        int stepSeconds = Integer.parseInt(values.getOrDefault("step-seconds", "60"));
        int steps = Integer.parseInt(values.getOrDefault("steps", "120"));
        String start = values.get("start-time");
        return new RunOptions(required(values, "bootstrap"), Path.of(required(values, "out")),
            Integer.parseInt(values.getOrDefault("channels", "20000")),
            Double.parseDouble(values.getOrDefault("live-share", "0.1")),
            Long.parseLong(values.getOrDefault("seed", "42")),
            Double.parseDouble(values.getOrDefault("flap-rate", "0.01")),
            Integer.parseInt(values.getOrDefault("mean-stream-minutes", "120")),
            Integer.parseInt(values.getOrDefault("tick-seconds", "1")), stepSeconds, steps,
            start == null ? defaultStart(now, Duration.ofSeconds((long) stepSeconds * steps)) : Instant.parse(start),
            Integer.parseInt(values.getOrDefault("drop-after-absent-seconds", "300")),
            Boolean.parseBoolean(values.getOrDefault("publish-discovered", "false")),
            Boolean.parseBoolean(values.getOrDefault("create-topics", "true")));
    }

    /** The latest 12:00 UTC from which a run of {@code length} ends at least an hour before {@code now}. */
    static Instant defaultStart(Instant now, Duration length) {
        Instant latest = now.minus(length).minus(Duration.ofHours(1));
        Instant noon = latest.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        return noon.isAfter(latest) ? noon.minus(Duration.ofDays(1)) : noon;
    }

    public Duration step() {
        return Duration.ofSeconds(stepSeconds);
    }

    public Instant end() {
        return startTime.plus(step().multipliedBy(steps));
    }

    private static Map<String, String> values(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
            }
            String name = arg.substring(2);
            String value;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            }
            values.put(name, value);
        }
        return values;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }
}
