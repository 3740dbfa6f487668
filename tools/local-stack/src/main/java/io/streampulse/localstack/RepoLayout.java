package io.streampulse.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things are: the StreamPulse checkout (the jars of the simulator and services live under it), and the
 * directory of Kafka's jars copied at build time ({@code tools/local-stack/target/lib}, next to this jar).
 */
public record RepoLayout(Path repository, Path libDirectory) {

    private static final Path MARKER = Path.of("tools", "local-stack", "pom.xml");

    public static RepoLayout locate(Optional<Path> explicitRepository) {
        Path codeSource = codeSource();
        Path repository = explicitRepository.map(Path::toAbsolutePath)
                .or(() -> findRepository(codeSource))
                .or(() -> findRepository(Path.of("").toAbsolutePath()))
                .orElseThrow(() -> new StartupFailure("cannot find the StreamPulse checkout (a directory with "
                        + MARKER + "): run from inside it or pass --repo-dir"));
        Path lib = codeSource.getParent().resolve("lib");
        if (!Files.isDirectory(lib)) {
            lib = repository.resolve("tools/local-stack/target/lib");
        }
        return new RepoLayout(repository.normalize(), lib.normalize());
    }

    /** The nearest directory at or above {@code start} that holds tools/local-stack/pom.xml. */
    static Optional<Path> findRepository(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** This jar, or target/classes when run from the build output. */
    private static Path codeSource() {
        try {
            return Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path defaultWorkDirectory() {
        return repository.resolve(".local-stack");
    }

    /** True when the Kafka server jar was copied next to this jar by the build. */
    public boolean hasKafkaLibraries() {
        try (var files = Files.list(libDirectory)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (java.io.IOException missing) {
            return false;
        }
    }
}
