package io.streampulse.localstack.services;

import java.net.URI;
import java.nio.file.Path;

/**
 * A runnable jar of the repository the stack starts: its short name (console prefix, {@code --only}), its
 * module directory and artifact id ({@code <module>/target/<artifactId>.jar}), its HTTP port and the path
 * that answers 200 once it is ready.
 */
public record ServiceSpec(String name, String moduleDirectory, String artifactId, int port, String readinessPath) {

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
