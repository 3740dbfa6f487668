package io.streampulse.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Services talk only through Kafka topics: archive-service uses no other service's code. */
class ArchiveArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.streampulse.archive");

    @Test
    void featureCodeKnowsNothingOfMicronautOrKafka() {
        noClasses().that().resideInAnyPackage("io.streampulse.archive.session..", "io.streampulse.archive.snapshot..",
                "io.streampulse.archive.event..", "io.streampulse.archive.privacy..", "io.streampulse.archive.export..",
                "io.streampulse.archive.retention..", "io.streampulse.archive.outbox..", "io.streampulse.archive.ingest..",
                "io.streampulse.archive.channel..", "io.streampulse.archive.db..")
            .and().haveNameNotMatching(".*\\.\\$.*")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.apache.kafka..",
                "io.streampulse.archive.kafka..", "io.streampulse.archive.wiring..", "io.streampulse.runtime..")
            .because("the Kafka edge is thin: listeners parse and hand over to framework-free feature classes"
                + " (classes named $... are Micronaut's generated introspections)")
            .check(SERVICE);
    }

    @Test
    void dependsOnNoOtherService() {
        noClasses().that().resideInAPackage("io.streampulse.archive..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.streampulse.ingest..", "io.streampulse.refresh..", "io.streampulse.aggregator..", "io.streampulse.api..")
            .because("services share code only through libs/")
            .check(SERVICE);
    }
}
