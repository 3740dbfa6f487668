package io.streampulse.localstack.kafka;

import java.nio.file.Path;

/**
 * A single-node KRaft broker (combined broker + controller) listening on localhost.
 *
 * @param port           PLAINTEXT port clients use (bootstrap {@code localhost:port})
 * @param controllerPort CONTROLLER port (KRaft quorum, this node only)
 * @param directory      where server.properties, the log4j2 config and the data directory live
 */
public record BrokerSettings(int port, int controllerPort, Path directory) {

    public BrokerSettings {
        if (port == controllerPort) {
            throw new IllegalArgumentException("the broker and controller ports must differ: " + port);
        }
    }

    /** The controller listens on the next port, so one option moves both. */
    public static BrokerSettings onPort(int port, Path directory) {
        return new BrokerSettings(port, port + 1, directory);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDirectory() {
        return directory.resolve("data");
    }

    public Path serverProperties() {
        return directory.resolve("server.properties");
    }

    public Path loggingConfig() {
        return directory.resolve("log4j2.properties");
    }

    public Path metaProperties() {
        return dataDirectory().resolve("meta.properties");
    }
}
