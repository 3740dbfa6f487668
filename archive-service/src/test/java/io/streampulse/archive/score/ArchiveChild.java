package io.streampulse.archive.score;

import io.streampulse.testkit.ChildJvm;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * archive-service's shaded jar ({@code archive-service/target/archive-service.jar}, built by the module's package
 * phase before the ITs run) as a child process, configured only through its documented environment variables.
 * The jar is copied first, so a rebuild of the module during the run cannot swap it.
 */
final class ArchiveChild {

    private final Path jar;
    private final Map<String, String> environment;
    private final Path dir;
    private int starts;

    ArchiveChild(TestDatabase database, String groupId, Path dir) {
        Path built = Path.of(System.getProperty("basedir", ".")).resolve("target/archive-service.jar");
        this.jar = dir.resolve("archive-service.jar");
        try {
            Files.createDirectories(dir);
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("archive-service.jar: run the module's package phase first", e);
        }
        this.dir = dir;
        this.environment = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers(),
            "DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
            "DATASOURCES_DEFAULT_USERNAME", database.username(),
            "DATASOURCES_DEFAULT_PASSWORD", database.password(),
            "ARCHIVE_CONSUMER_GROUP_ID", groupId,
            "MICRONAUT_SERVER_PORT", "-1",
            "ARCHIVE_EXPORT_ENABLED", "false",
            "ARCHIVE_RETENTION_INITIAL_DELAY", "1d",
            "ARCHIVE_OUTBOX_RELAY_INTERVAL", "100ms");
    }

    /**
     * Starts one more instance. Its consumer session timeout is 10 s (default 45 s) so that after a SIGKILL the
     * group does not wait long for the dead member before the next instance gets the partitions.
     */
    ChildJvm start() {
        starts++;
        return ChildJvm.start("archive-service #" + starts, jar,
            List.of("-Xmx512m", "-Dkafka.consumers.default.session.timeout.ms=10000"), List.of(), environment,
            dir.resolve("archive-service-" + starts + ".log"));
    }
}
