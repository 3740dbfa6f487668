package io.streampulse.faultcheck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTuningTest {

    private static final Path REPOSITORY = StackLayout.findCheckout(Path.of("").toAbsolutePath()).orElseThrow();

    @Test
    void everyShortenedSettingIsDocumentedInItsServiceReadme() throws IOException {
        for (String service : PrivateStack.SERVICES) {
            // Given the service's settings table
            String readme = Files.readString(REPOSITORY.resolve(service + "-service/README.md"));

            // When
            Map<String, String> tuning = ServiceTuning.forService(service, Path.of("/tmp/work"));

            // Then: each variable is one of the documented ones
            assertThat(tuning.keySet()).as(service).allMatch(variable -> readme.contains("`" + variable + "`"));
        }
    }

    @Test
    void detectionIntervalsKeepTheirDefaultRatios() {
        // The refresh interval is shortened 6x; the integration caps stay two refresh intervals, as by default
        assertThat(ServiceTuning.OBSERVATION_GAP).isEqualTo(ServiceTuning.REFRESH_INTERVAL.multipliedBy(2));
        assertThat(ServiceTuning.forService("archive", Path.of("/w")))
                .containsEntry("ARCHIVE_SESSION_MAX_INTEGRATION_GAP", "20s")
                .containsEntry("ARCHIVE_SESSION_ABSENT_SPAN", "30s");
        assertThat(ServiceTuning.forService("aggregator", Path.of("/w")))
                .containsEntry("STREAMPULSE_AGGREGATOR_MAX_OBSERVATION_GAP", "20s");
        assertThat(ServiceTuning.forService("api", Path.of("/w"))).isEmpty();
    }

    @Test
    void portsAreDistinctAndBrokersHaveTheirControllerPortFree() {
        StackPorts ports = StackPorts.choose(List.of("api", "ingest"));

        assertThat(List.of(ports.kafka(), ports.kafka() + 1, ports.kafkaClean(), ports.kafkaClean() + 1, ports.postgres(),
                ports.redis(), ports.simulator(), ports.cleanAggregator(), ports.service("api"), ports.service("ingest")))
                .doesNotHaveDuplicates();
    }
}
