package io.streampulse.aggregator.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The service's Kafka Streams settings as {@code application.yml} gives them ({@code kafka.streams.default.*},
 * each {@code ${VARIABLE:default}} resolved from the environment, else its default), so the check runs with
 * exactly what the service runs with and follows any change of it. Micronaut's own keys (with a '-') are left out.
 */
final class ServiceStreamsSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):(.*)}");

    private ServiceStreamsSettings() {
    }

    static Map<String, String> read() {
        try (InputStream yml = ServiceStreamsSettings.class.getResourceAsStream("/application.yml")) {
            if (yml == null) {
                throw new IllegalStateException("application.yml is not on the classpath");
            }
            Map<String, Object> root = new Yaml().load(yml);
            Map<String, String> settings = new TreeMap<>();
            section(section(section(root, "kafka"), "streams"), "default").forEach((key, value) -> {
                if (!key.contains("-")) {
                    settings.put(key, resolve(String.valueOf(value)));
                }
            });
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        Object child = parent.get(name);
        if (!(child instanceof Map)) {
            throw new IllegalStateException("application.yml has no section " + name);
        }
        return (Map<String, Object>) child;
    }

    private static String resolve(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value.strip());
        if (!placeholder.matches()) {
            return value;
        }
        String fromEnvironment = System.getenv(placeholder.group(1));
        String fallback = placeholder.group(2).replace("`", "");
        return fromEnvironment == null || fromEnvironment.isBlank() ? fallback : fromEnvironment;
    }
}
