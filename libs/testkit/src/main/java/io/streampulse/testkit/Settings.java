package io.streampulse.testkit;

import java.util.Optional;

/** Reads the environment variables and system properties that steer the testkit. */
final class Settings {

    private Settings() {
    }

    /** A non-blank environment variable. */
    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * A local port: system property {@code property} (e.g. {@code testkit.redis.port}), else the
     * environment variable of the same name in upper snake case ({@code TESTKIT_REDIS_PORT}),
     * else the default. Pointing it at an unused port forces the embedded fallback.
     */
    static int localPort(String property, int defaultPort) {
        String envName = property.toUpperCase().replace('.', '_');
        String value = Optional.ofNullable(System.getProperty(property))
                .or(() -> env(envName))
                .orElse(String.valueOf(defaultPort));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a port number, was '" + value + "'", e);
        }
    }
}
