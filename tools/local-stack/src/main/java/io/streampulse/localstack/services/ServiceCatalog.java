package io.streampulse.localstack.services;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulator and the five services, with the ports and readiness paths agreed between modules. */
public final class ServiceCatalog {

    public static final ServiceSpec SIMULATOR = new ServiceSpec("twitch-sim", "tools/twitch-sim", "twitch-sim", 8090, "/health");

    public static final List<ServiceSpec> SERVICES = List.of(
            service("api", 8080),
            service("ingest", 8081),
            service("refresh", 8082),
            service("archive", 8083),
            service("aggregator", 8084));

    private ServiceCatalog() {
    }

    private static ServiceSpec service(String name, int port) {
        String module = name + "-service";
        return new ServiceSpec(name, module, module, port, "/health/readiness");
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
