package io.streampulse.aggregator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Services talk only through Kafka topics: aggregator-service uses no other service's code. */
class AggregatorArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.streampulse.aggregator");

    @Test
    void dependsOnNoOtherService() {
        noClasses().that().resideInAPackage("io.streampulse.aggregator..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.streampulse.ingest..", "io.streampulse.refresh..", "io.streampulse.archive..", "io.streampulse.api..")
            .because("services share code only through libs/")
            .check(SERVICE);
    }

    @Test
    void theTopologyIsAPureFunctionWithoutFramework() {
        noClasses().that().resideInAPackage("io.streampulse.aggregator.topology..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.micronaut..", "jakarta..", "io.streampulse.aggregator.streams..", "io.streampulse.aggregator.sink..")
            .because("the topology is built by a static function tested with TopologyTestDriver; "
                + "the Micronaut factory only passes the builder in")
            .check(SERVICE);
    }
}
