package io.streampulse.testkit;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can reach a Docker engine (Testcontainers caches the answer). */
final class Docker {

    private Docker() {
    }

    static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
