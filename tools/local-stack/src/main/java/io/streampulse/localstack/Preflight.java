package io.streampulse.localstack;

import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.ServiceSpec;
import io.streampulse.localstack.services.TwitchSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What must hold before anything starts, checked up front so a failure costs a second, not a minute: the jars
 * are built and the service ports are free.
 */
final class Preflight {

    static final String BUILD_COMMAND = "./mvnw -B -q install -DskipTests";

    private final RepoLayout layout;
    private final Map<String, String> env;
    private final TwitchSettings twitch;
    private final List<ServiceSpec> services;
    private final int kafkaPort;

    Preflight(RepoLayout layout, Map<String, String> env, TwitchSettings twitch, List<ServiceSpec> services, int kafkaPort) {
        this.layout = layout;
        this.env = env;
        this.twitch = twitch;
        this.services = services;
        this.kafkaPort = kafkaPort;
    }

    void check() {
        List<String> problems = new ArrayList<>();
        List<ServiceSpec> processes = processes();
        if (!env.containsKey("KAFKA_BOOTSTRAP_SERVERS") && !layout.hasKafkaLibraries()) {
            problems.add("the Kafka jars are missing in " + layout.libDirectory());
        }
        processes.stream().filter(p -> !Files.isRegularFile(p.jar(layout.repository())))
                .forEach(p -> problems.add(p.name() + " is not built: " + p.jar(layout.repository()) + " is missing"));
        if (!problems.isEmpty()) {
            throw new StartupFailure(String.join("\n  ", problems) + "\n  build first, at the repository root: " + BUILD_COMMAND);
        }
        processes.stream().filter(p -> Ports.listening("127.0.0.1", p.port())).forEach(p -> problems.add(
                "port " + p.port() + " (" + p.name() + ") is already in use"));
        if (!problems.isEmpty()) {
            throw new StartupFailure(String.join("\n  ", problems) + "\n  is another local stack running? Stop it, or start"
                    + " fewer services with --only (Kafka port: --kafka-port, now " + kafkaPort + ")");
        }
    }

    private List<ServiceSpec> processes() {
        List<ServiceSpec> all = new ArrayList<>();
        if (!twitch.external()) {
            all.add(ServiceCatalog.SIMULATOR);
        }
        all.addAll(services);
        return all;
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
