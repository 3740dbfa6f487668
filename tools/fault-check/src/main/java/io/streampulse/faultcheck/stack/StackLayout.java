package io.streampulse.faultcheck.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where things are: the StreamPulse checkout (the simulator's and services' jars under it), the work directory of
 * this run, and the Kafka jars the broker runs from ({@code tools/fault-check/target/lib}, copied by the build).
 */
public record StackLayout(Path repository, Path workDir, Path libDirectory) {

    private static final Path MARKER = Path.of("tools", "fault-check", "pom.xml");

    public static StackLayout locate(Optional<Path> explicitRepository, Path workDir) {
        Path repository = explicitRepository.map(Path::toAbsolutePath)
                .or(() -> findRepository(Path.of("").toAbsolutePath()))
                .or(() -> findRepository(codeSource()))
                .orElseThrow(() -> new StackFailure("cannot find the StreamPulse checkout (a directory with " + MARKER
                        + "): run from inside it or pass --repo-dir"));
        Path lib = codeSource().getParent().resolve("lib");
        if (!Files.isDirectory(lib)) {
            lib = repository.resolve("tools/fault-check/target/lib");
        }
        return new StackLayout(repository.normalize(), workDir.toAbsolutePath(), lib.normalize());
    }

    /** The checkout at or above {@code start}, if any. */
    public static Optional<Path> findCheckout(Path start) {
        return findRepository(start);
    }

    static Optional<Path> findRepository(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the run starts the jars from: copies taken at start under {@code <work dir>/jars}, in the same
     * {@code <module>/target/<artifact>.jar} layout, so a rebuild of the checkout during the run (another build on
     * the machine, a developer's) cannot change or break a process that is running or restarted.
     */
    public Path jarRoot() {
        return workDir.resolve("jars");
    }

    /**
     * Copies the given jars (paths in the checkout) under {@link #jarRoot()}. A jar being rebuilt at that moment is
     * waited for: only a complete, runnable jar (a Main-Class, unchanged for a moment) is copied.
     */
    public void snapshot(List<Path> jars) {
        for (Path jar : jars) {
            JarSnapshot.copy(jar, jarRoot().resolve(repository.relativize(jar)));
        }
    }

    /** The jars the run starts that are missing (build them first). */
    public List<Path> missingJars(List<Path> jars) {
        List<Path> missing = new java.util.ArrayList<>(jars.stream().filter(jar -> !Files.isRegularFile(jar)).toList());
        try (var files = Files.list(libDirectory)) {
            if (files.noneMatch(f -> f.getFileName().toString().startsWith("kafka_2.13-"))) {
                missing.add(libDirectory.resolve("kafka_2.13-*.jar"));
            }
        } catch (java.io.IOException absent) {
            missing.add(libDirectory.resolve("kafka_2.13-*.jar"));
        }
        return missing;
    }

    /** target/classes or target/fault-check.jar. */
    private static Path codeSource() {
        try {
            return Path.of(StackLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
