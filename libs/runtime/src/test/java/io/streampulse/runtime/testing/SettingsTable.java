package io.streampulse.runtime.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service README's settings table ({@code | `property` | `ENV_VAR` | `default` | what |}) checked
 * against the configuration Micronaut actually resolves from the service's application.yml, so the
 * documented defaults cannot drift and every default survives Micronaut's placeholder syntax.
 * Only rows whose default is one literal in backticks are checked (not "empty", "broker default", ...).
 */
public record SettingsTable(List<Row> rows) {

    private static final Pattern ROW = Pattern.compile(
        "^\\|\\s*`([a-z0-9.\\-]+)`\\s*\\|\\s*(?:`([A-Z0-9_]+)`|—)\\s*\\|\\s*`([^`]*)`\\s*\\|.*$");

    /** One documented setting with a literal default; {@code envVar} is null when none is documented. */
    public record Row(String property, String envVar, String defaultValue) {

        /** What the service must see: the variable's value when the environment sets it, else the default. */
        String expected() {
            String fromEnv = envVar == null ? null : System.getenv(envVar);
            return fromEnv != null ? fromEnv : defaultValue;
        }
    }

    /** Reads the table from a README (e.g. {@code Path.of("README.md")} from the module's directory). */
    public static SettingsTable read(Path readme) {
        try {
            List<Row> rows = Files.readAllLines(readme).stream()
                .map(ROW::matcher).filter(Matcher::matches)
                .map(m -> new Row(m.group(1), m.group(2), m.group(3)))
                .toList();
            return new SettingsTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Property → the value the documentation promises. */
    public Map<String, String> documented() {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.property(), row.expected()));
        return values;
    }

    /** Property → the value Micronaut resolves from application.yml and the environment (no beans started). */
    public Map<String, String> resolved() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment environment = context.getEnvironment().start();
            Map<String, String> values = new LinkedHashMap<>();
            rows.forEach(row -> values.put(row.property(),
                environment.getProperty(row.property(), String.class).orElse("<unset>")));
            return values;
        }
    }
}
