package io.streampulse.localstack.services;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A runnable jar of the repository the stack starts: its short name (console prefix, {@code --only}), its
 * module directory and artifact id ({@code <module>/target/<artifactId>.jar}), its HTTP port, the path that
 * answers 200 once it is ready, and the variable that sets its Kafka Streams state directory (empty when it runs
 * no Kafka Streams).
 */
public record ServiceSpec(String name, String moduleDirectory, String artifactId, int port, String readinessPath,
                          Optional<String> streamsStateVariable) {

    public Path jar(Path repository) {
        return repository.resolve(moduleDirectory).resolve("target").resolve(artifactId + ".jar");
    }

    public URI readinessUri() {
        return URI.create("http://localhost:" + port + readinessPath);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
