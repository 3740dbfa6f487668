package io.streampulse.localstack.services;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

    @Test
    void theFiveServicesWithTheirAgreedPortsAndJars() {
        assertThat(ServiceCatalog.SERVICES).containsExactly(
                new ServiceSpec("api", "api-service", "api-service", 8080, "/health/readiness", Optional.empty()),
                new ServiceSpec("ingest", "ingest-service", "ingest-service", 8081, "/health/readiness", Optional.empty()),
                new ServiceSpec("refresh", "refresh-service", "refresh-service", 8082, "/health/readiness", Optional.empty()),
                new ServiceSpec("archive", "archive-service", "archive-service", 8083, "/health/readiness", Optional.empty()),
                new ServiceSpec("aggregator", "aggregator-service", "aggregator-service", 8084, "/health/readiness",
                        Optional.of("AGGREGATOR_STATE_DIR")));
        assertThat(ServiceCatalog.SERVICES.get(1).jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/ingest-service/target/ingest-service.jar"));
        assertThat(ServiceCatalog.SIMULATOR.jar(Path.of("/repo"))).isEqualTo(Path.of("/repo/tools/twitch-sim/target/twitch-sim.jar"));
        assertThat(ServiceCatalog.SIMULATOR.readinessUri()).isEqualTo(URI.create("http://localhost:8090/health"));
    }

    @Test
    void selectsByShortOrModuleNameInCatalogueOrder() {
        assertThat(ServiceCatalog.select(List.of("ingest-service", " api")).stream().map(ServiceSpec::name))
                .containsExactly("api", "ingest");
    }

    @Test
    void nothingSelectedMeansAll() {
        assertThat(ServiceCatalog.select(List.of())).isEqualTo(ServiceCatalog.SERVICES);
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> ServiceCatalog.select(List.of("ingest", "web")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown service(s) web; known: api, ingest, refresh, archive, aggregator");
    }
}
