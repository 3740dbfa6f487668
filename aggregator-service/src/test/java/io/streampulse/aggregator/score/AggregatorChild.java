package io.streampulse.aggregator.score;

import io.streampulse.testkit.ChildJvm;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * aggregator-service's shaded jar ({@code aggregator-service/target/aggregator-service.jar}, built by the module's
 * package phase before the ITs run) as a child process, configured through its documented environment variables
 * (AGGREGATOR_*, ...). Every start uses the same application id, sink group and state directory: a restart of
 * "the same" instance. The jar is copied first, so a rebuild of the module during the run cannot swap it.
 */
final class AggregatorChild {

    private final Path jar;
    private final Map<String, String> environment;
    private final Path dir;
    private int starts;

    AggregatorChild(Identity identity, TestDatabase database, Path dir) {
        Path built = Path.of(System.getProperty("basedir", ".")).resolve("target/aggregator-service.jar");
        this.jar = dir.resolve("aggregator-service.jar");
        try {
            Files.createDirectories(dir.resolve("state"));
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("aggregator-service.jar: run the module's package phase first", e);
        }
        this.dir = dir;
        this.environment = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers(),
            "REDIS_URI", TestRedis.uri(),
            "DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
            "DATASOURCES_DEFAULT_USERNAME", database.username(),
            "DATASOURCES_DEFAULT_PASSWORD", database.password(),
            "AGGREGATOR_APPLICATION_ID", identity.applicationId(),
            "AGGREGATOR_STATE_DIR", dir.resolve("state").toAbsolutePath().toString(),
            "STREAMPULSE_AGGREGATOR_SINK_GROUP_ID", identity.sinkGroupId(),
            "STREAMPULSE_AGGREGATOR_SINK_REDIS_KEY_PREFIX", identity.redisPrefix(),
            "MICRONAUT_SERVER_PORT", "-1");
    }

    /**
     * Starts one more instance. Consumer session timeouts of 10 s (default 45 s) so that after a SIGKILL the groups
     * do not wait long for the dead member before the next instance gets its tasks.
     */
    ChildJvm start() {
        starts++;
        return ChildJvm.start("aggregator-service #" + starts, jar, List.of("-Xmx768m",
                "-Dkafka.streams.default.session.timeout.ms=10000",
                "-Dkafka.consumers.default.session.timeout.ms=10000"),
            List.of(), environment, dir.resolve("aggregator-service-" + starts + ".log"));
    }

    /** Who an aggregator is: its Kafka Streams application id, its sink's consumer group, its Redis key prefix. */
    record Identity(String applicationId, String sinkGroupId, String redisPrefix) {
    }
}
