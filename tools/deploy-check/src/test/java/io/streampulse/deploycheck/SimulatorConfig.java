package io.streampulse.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the Twitch simulator reads: every "SIM_..." string literal in its main sources
 * (tools/twitch-sim/src/main/java), plus JAVA_TOOL_OPTIONS, which the JVM reads.
 */
final class SimulatorConfig {

    static final String MODULE = "tools/twitch-sim";
    static final String NAME = "twitch-sim";
    /** The simulator's port when SIM_PORT is not set. */
    static final int DEFAULT_PORT = 8090;

    private static final Pattern SIM_LITERAL = Pattern.compile("\"(SIM_[A-Z0-9_]+)\"");

    private SimulatorConfig() {
    }

    static Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS"));
        Path sources = Repo.path(MODULE + "/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> names.addAll(simLiterals(Repo.read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.size() == 1) {
            throw new AssertionError("no SIM_* environment variable found in " + sources
                + ": the simulator must read its settings from SIM_* variables");
        }
        return names;
    }

    static Set<String> simLiterals(String source) {
        Set<String> names = new TreeSet<>();
        Matcher m = SIM_LITERAL.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
