package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service module reads, taken from its src/main/resources/application*.yml (and bootstrap*.yml):
 * the environment variables named in {@code ${VAR:default}} placeholders, plus the few the JVM and
 * Micronaut read directly ({@link #PLATFORM_VARIABLES}); and the configured HTTP port.
 */
record ServiceConfig(Set<String> environmentVariables, JsonNode application) {

    /**
     * Read by the JVM or Micronaut itself, whatever application.yml says: JAVA_TOOL_OPTIONS by every JVM,
     * MICRONAUT_ENVIRONMENTS and MICRONAUT_SERVER_PORT by Micronaut's environment handling.
     */
    static final Set<String> PLATFORM_VARIABLES =
        Set.of("JAVA_TOOL_OPTIONS", "MICRONAUT_ENVIRONMENTS", "MICRONAUT_SERVER_PORT");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DEFAULTED = Pattern.compile("^\\$\\{[A-Z][A-Z0-9_]*:(.*)}$");
    private static final int MICRONAUT_DEFAULT_PORT = 8080;

    ServiceConfig {
        environmentVariables = Set.copyOf(environmentVariables);
    }

    static ServiceConfig read(Path moduleDir) {
        Path resources = moduleDir.resolve("src/main/resources");
        Path application = resources.resolve("application.yml");
        if (!Files.isRegularFile(application)) {
            throw new AssertionError(moduleDir.getFileName() + " has no src/main/resources/application.yml");
        }
        Set<String> variables = new TreeSet<>(PLATFORM_VARIABLES);
        for (Path file : configFiles(resources)) {
            variables.addAll(placeholders(Repo.read(file)));
        }
        return new ServiceConfig(variables, Yaml.document(application));
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** micronaut.server.port, with a {@code ${MICRONAUT_SERVER_PORT:n}} placeholder resolved to n. */
    int port() {
        return value("/micronaut/server/port").map(Integer::parseInt).orElse(MICRONAUT_DEFAULT_PORT);
    }

    /** A property's value, or its placeholder's default; empty when not set. */
    Optional<String> value(String jsonPointer) {
        JsonNode node = application.at(jsonPointer);
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        Matcher defaulted = DEFAULTED.matcher(node.asText());
        return Optional.of(defaulted.matches() ? defaulted.group(1) : node.asText());
    }

    boolean reads(String variable) {
        return environmentVariables.contains(variable);
    }

    private static List<Path> configFiles(Path resources) {
        try (Stream<Path> files = Files.list(resources)) {
            return files.filter(f -> f.getFileName().toString().matches("(application|bootstrap).*\\.ya?ml"))
                .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
