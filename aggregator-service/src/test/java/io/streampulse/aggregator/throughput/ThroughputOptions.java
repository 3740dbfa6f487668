package io.streampulse.aggregator.throughput;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one throughput run does: how big the backlog is and which Kafka Streams settings differ from the
 * service's ({@code application.yml}). Arguments: {@code [observations] [channels]} positionally (the README's
 * form), or {@code --observations=N --channels=N}, plus any number of {@code --threads=N --commitMs=N
 * --cacheBytes=N --lingerMs=N --batchBytes=N --maxPollRecords=N --compression=X}; the same names as system
 * properties ({@code -Dthreads=1}) work too, arguments win.
 *
 * @param observations LIVE observations in the backlog
 * @param channels     channels they belong to (one observation per channel per minute)
 * @param overrides    Kafka Streams properties that replace the service's values
 */
public record ThroughputOptions(int observations, int channels, Map<String, String> overrides) {

    /** Option name to the Kafka Streams property it sets. */
    private static final Map<String, String> TUNABLES = Map.of(
        "threads", "num.stream.threads",
        "commitMs", "commit.interval.ms",
        "cacheBytes", "statestore.cache.max.bytes",
        "lingerMs", "producer.linger.ms",
        "batchBytes", "producer.batch.size",
        "maxPollRecords", "consumer.max.poll.records",
        "compression", "producer.compression.type");

    public ThroughputOptions {
        if (observations < 1 || channels < 1) {
            throw new IllegalArgumentException("observations and channels must be >= 1");
        }
        overrides = Map.copyOf(overrides);
    }

    /** The options of {@code args} (and of the system properties of the same names). */
    public static ThroughputOptions parse(String... args) {
        Map<String, String> named = new LinkedHashMap<>();
        TUNABLES.keySet().forEach(name -> {
            String property = System.getProperty(name);
            if (property != null) {
                named.put(name, property);
            }
        });
        int positional = 0;
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                named.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                named.put(positional++ == 0 ? "observations" : "channels", arg);
            }
        }
        int observations = Integer.parseInt(named.getOrDefault("observations", "500000").replace("_", ""));
        int channels = Integer.parseInt(named.getOrDefault("channels", "20000").replace("_", ""));
        Map<String, String> overrides = new LinkedHashMap<>();
        named.forEach((name, value) -> {
            if (name.equals("observations") || name.equals("channels")) {
                return;
            }
            String property = TUNABLES.get(name);
            if (property == null) {
                throw new IllegalArgumentException("unknown option --" + name + " (known: observations, channels, "
                    + String.join(", ", TUNABLES.keySet()) + ")");
            }
            overrides.put(property, value.toLowerCase(Locale.ROOT));
        });
        return new ThroughputOptions(observations, channels, overrides);
    }
}
