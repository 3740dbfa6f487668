package io.streampulse.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.micronaut.http.annotation.Controller;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Services talk only through Kafka topics: ingest-service uses no other service's code. Feature packages are free
 * of Micronaut and Kafka (the thin webhook controller excepted); the framework lives in {@code wiring}.
 */
class IngestArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.streampulse.ingest");

    @Test
    void dependsOnNoOtherService() {
        noClasses().that().resideInAPackage("io.streampulse.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.streampulse.refresh..", "io.streampulse.archive..", "io.streampulse.aggregator..", "io.streampulse.api..")
            .because("services share code only through libs/")
            .check(SERVICE);
    }

    @Test
    void featureCodeKnowsNeitherMicronautNorKafka() {
        noClasses().that().resideInAnyPackage("io.streampulse.ingest.sweep..", "io.streampulse.ingest.discovery..",
                "io.streampulse.ingest.eventsub..", "io.streampulse.ingest.subscription..",
                "io.streampulse.ingest.publish..")
            // the controller is the webhook's thin HTTP edge; $...Definition classes are Micronaut's generated beans
            .and().areNotAnnotatedWith(Controller.class).and().haveNameNotMatching(".*\\.\\$.*")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.apache.kafka..")
            .because("feature classes are plain Java, wired and adapted to Kafka in io.streampulse.ingest.wiring")
            .check(SERVICE);
    }
}
