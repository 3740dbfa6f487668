package io.streampulse.localstack;

import io.streampulse.localstack.services.ServiceCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line options, each with an environment fallback (LOCAL_STACK_*); the command line wins.
 *
 * @param services  false with {@code --no-services}: infrastructure and simulator only
 * @param only      services to start ({@code --only ingest,api}); empty = all five
 * @param workDir   {@code --work-dir}; empty = {@code <repo>/.local-stack}
 * @param timeout   {@code --timeout}: overall limit for everything to be ready
 * @param kafkaPort {@code --kafka-port}: the broker's client port (its controller uses the next one)
 * @param repoDir   {@code --repo-dir}; empty = found from the location of this jar or the current directory
 */
public record Options(boolean services, List<String> only, Optional<Path> workDir, Duration timeout, int kafkaPort,
                      Optional<Path> repoDir, boolean help) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    public static final int DEFAULT_KAFKA_PORT = 9092;

    public static final String USAGE = """
            Usage: java -jar tools/local-stack/target/local-stack.jar [options]
              --no-services          start Kafka, PostgreSQL, Redis and the Twitch simulator only
              --only ingest,api      start only these services (names: %s)
              --work-dir DIR         broker data, logs, state (default <repo>/.local-stack; env LOCAL_STACK_WORK_DIR)
              --timeout 180s         overall limit for everything to be ready (env LOCAL_STACK_TIMEOUT)
              --kafka-port 9092      broker port; the controller uses the next one (env LOCAL_STACK_KAFKA_PORT)
              --repo-dir DIR         the StreamPulse checkout (default: found from this jar or the current directory)
              --help                 this text
            See tools/local-stack/README.md for the environment variables.""".formatted(
            String.join(", ", ServiceCatalog.serviceNames()));

    public static Options parse(List<String> args, Map<String, String> env) {
        Builder b = new Builder(env);
        Iterator<String> it = expand(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--no-services" -> b.services = false;
                case "--only" -> b.only = Arrays.stream(value(it, arg).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                case "--work-dir" -> b.workDir = Optional.of(Path.of(value(it, arg)));
                case "--timeout" -> b.timeout = duration(value(it, arg));
                case "--kafka-port" -> b.kafkaPort = port(value(it, arg));
                case "--repo-dir" -> b.repoDir = Optional.of(Path.of(value(it, arg)));
                case "--help", "-h" -> b.help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return b.build();
    }

    /** {@code --name=value} becomes {@code --name value}. */
    private static List<String> expand(List<String> args) {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                expanded.add(arg.substring(0, eq));
                expanded.add(arg.substring(eq + 1));
            } else {
                expanded.add(arg);
            }
        }
        return expanded;
    }

    private static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    /** {@code 180}, {@code 180s}, {@code 3m} or ISO-8601 ({@code PT3M}). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("pt")) {
                d = Duration.parse(t);
            } else if (t.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                d = Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
            }
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + text);
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (use 180, 180s or 3m)");
        }
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 1 || port > 65534) {
                throw new IllegalArgumentException("kafka port must be 1..65534: " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text);
        }
    }

    private static final class Builder {
        boolean services = true;
        List<String> only = List.of();
        Optional<Path> workDir;
        Duration timeout;
        int kafkaPort;
        Optional<Path> repoDir = Optional.empty();
        boolean help;

        Builder(Map<String, String> env) {
            workDir = Optional.ofNullable(env.get("LOCAL_STACK_WORK_DIR")).filter(s -> !s.isBlank()).map(Path::of);
            timeout = Optional.ofNullable(env.get("LOCAL_STACK_TIMEOUT")).filter(s -> !s.isBlank())
                    .map(Options::duration).orElse(DEFAULT_TIMEOUT);
            kafkaPort = Optional.ofNullable(env.get("LOCAL_STACK_KAFKA_PORT")).filter(s -> !s.isBlank())
                    .map(Options::port).orElse(DEFAULT_KAFKA_PORT);
        }

        Options build() {
            if (!services && !only.isEmpty()) {
                throw new IllegalArgumentException("--no-services and --only exclude each other");
            }
            ServiceCatalog.select(only);
            return new Options(services, only, workDir, timeout, kafkaPort, repoDir, help);
        }
    }
}
