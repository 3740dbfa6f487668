package io.streampulse.bench.archive;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.Ports;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * archive-service's jar as it ships, started with the environment its README documents: the bench's broker, a fresh
 * database, a consumer group of its own; the daily export off and the retention job not due during the run.
 */
final class ArchiveProcess {

    static final String HEAP = "512m";
    private static final Pattern ECHO = Pattern.compile("Assigned|Startup completed| ERROR ");
    private static final int MAX_WARNINGS_ECHOED = 20;

    private ArchiveProcess() {
    }

    static ServiceProcess start(Path jar, String kafka, TestDatabase database, String groupId, Path logDir) {
        int port = Ports.free();
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        env.put("ARCHIVE_CONSUMER_GROUP_ID", groupId);
        env.put("ARCHIVE_EXPORT_ENABLED", "false");
        env.put("ARCHIVE_RETENTION_INITIAL_DELAY", "1d");
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("LOG_LEVEL", "INFO");
        Console.log("starting archive-service: %s on port %d, database %s, group %s", jar.getFileName(), port,
            database.name(), groupId);
        AtomicInteger warnings = new AtomicInteger();
        return ServiceProcess.start("archive-service", jar, HEAP, env, port, logDir, line -> {
            boolean warning = line.contains(" WARN ");
            if (ECHO.matcher(line).find() || (warning && warnings.incrementAndGet() <= MAX_WARNINGS_ECHOED)) {
                Console.log("[archive] %s", line.length() > 220 ? line.substring(0, 220) + "..." : line);
            }
        });
    }
}
