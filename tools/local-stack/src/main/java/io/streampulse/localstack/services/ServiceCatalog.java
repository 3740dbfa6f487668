package io.streampulse.localstack.services;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulator and the five services, with the ports and readiness paths agreed between modules. */
public final class ServiceCatalog {

    public static final ServiceSpec SIMULATOR = new ServiceSpec("twitch-sim", "tools/twitch-sim", "twitch-sim", 8090,
            "/health", Optional.empty());

    /**
     * The aggregator alone runs Kafka Streams. Its state directory variable is AGGREGATOR_STATE_DIR (its
     * application.yml): a KAFKA_STREAMS_* variable would become a kafka.streams.* property, which
     * micronaut-kafka-streams reads as a second, empty stream configuration, and the aggregator would not start.
     */
    public static final List<ServiceSpec> SERVICES = List.of(
            service("api", 8080, Optional.empty()),
            service("ingest", 8081, Optional.empty()),
            service("refresh", 8082, Optional.empty()),
            service("archive", 8083, Optional.empty()),
            service("aggregator", 8084, Optional.of("AGGREGATOR_STATE_DIR")));

    private ServiceCatalog() {
    }

    private static ServiceSpec service(String name, int port, Optional<String> streamsStateVariable) {
        String module = name + "-service";
        return new ServiceSpec(name, module, module, port, "/health/readiness", streamsStateVariable);
    }

    public static List<String> serviceNames() {
        return SERVICES.stream().map(ServiceSpec::name).toList();
    }

    /** The services named in {@code names} ("ingest" or "ingest-service"), in catalogue order; empty = all. */
    public static List<ServiceSpec> select(Collection<String> names) {
        if (names.isEmpty()) {
            return SERVICES;
        }
        Set<String> wanted = names.stream().map(ServiceCatalog::shortName).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(n -> !serviceNames().contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown service(s) " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", serviceNames()));
        }
        return SERVICES.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    private static String shortName(String name) {
        String trimmed = name.strip();
        return trimmed.endsWith("-service") ? trimmed.substring(0, trimmed.length() - "-service".length()) : trimmed;
    }
}
