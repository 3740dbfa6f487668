package io.streampulse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a run finds the jars it starts and writes what it produces: the repository root, the results directory,
 * BENCHMARKS.md, and a log directory per run ({@code tools/bench/target/runs/<name>-<time>/}).
 *
 * @param repo    repository root (has {@code tools/bench})
 * @param command the command line that reproduces this run, as it is written in the results
 */
public record Workspace(Path repo, String command) {

    public static Workspace locate(Path start, List<String> argv) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null && !Files.isDirectory(dir.resolve("tools/bench"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from the repository (no tools/bench above " + start.toAbsolutePath() + ")");
        }
        return new Workspace(dir, commandLine(argv));
    }

    public Path results() {
        return repo.resolve("tools/bench/results");
    }

    public Path benchmarksMd() {
        return repo.resolve("BENCHMARKS.md");
    }

    /** A jar built by Maven, e.g. {@code jar("refresh-service")} is refresh-service/target/refresh-service.jar. */
    public Path jar(String module) {
        Path jar = repo.resolve(module).resolve("target").resolve(Path.of(module).getFileName() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -o -q -pl " + module
                + " -am install -DskipTests");
        }
        return jar;
    }

    /** {@code path} when given (e.g. a jar of another build, to compare), else {@link #jar(String) jar(module)}. */
    public Path jarOr(String path, String module) {
        if (path == null || path.isBlank()) {
            return jar(module);
        }
        Path jar = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing");
        }
        return jar;
    }

    /** A fresh directory for the logs of one run. */
    public Path runDirectory(String name) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path dir = repo.resolve("tools/bench/target/runs").resolve(name + "-" + stamp);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** java [-Xmx of this JVM] -jar tools/bench/target/bench.jar args... */
    static String commandLine(List<String> argv) {
        String heap = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xmx")).collect(Collectors.joining(" "));
        return ("java " + heap + " -jar tools/bench/target/bench.jar " + String.join(" ", argv)).replace("  ", " ");
    }
}
