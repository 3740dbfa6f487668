package io.streampulse.localstack.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Reads the cluster id that formatting wrote to {@code meta.properties}; its absence means "not formatted". */
final class MetaProperties {

    private MetaProperties() {
    }

    static Optional<String> clusterId(Path metaProperties) {
        if (!Files.isRegularFile(metaProperties)) {
            return Optional.empty();
        }
        try {
            return clusterIdOf(Files.readString(metaProperties));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metaProperties, e);
        }
    }

    static Optional<String> clusterIdOf(String content) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(content)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id")).map(String::strip).filter(id -> !id.isEmpty());
    }
}
