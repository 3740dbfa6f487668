package io.streampulse.api.readapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The read API's feature classes (index, queries, cache, limiter, validation, cursors) know nothing of Micronaut,
 * Kafka or Lettuce: controllers, listeners and factories are the thin edges that hand requests and records to them.
 */
class ReadApiArchitectureTest {

    private static final JavaClasses READ_API = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.streampulse.api.live", "io.streampulse.api.channel", "io.streampulse.api.ranking",
            "io.streampulse.api.event", "io.streampulse.api.http", "io.streampulse.api.cache",
            "io.streampulse.api.ratelimit", "io.streampulse.api.readmodel");

    @Test
    void featureClassesAreFrameworkFree() {
        noClasses().that().haveSimpleNameEndingWith("Queries")
            .or().haveSimpleName("ScheduleQuery").or().haveSimpleName("ChannelDirectory")
            .or().haveSimpleName("LiveIndex").or().haveSimpleName("LiveFilter").or().haveSimpleName("RankKey")
            .or().haveSimpleName("ResponseCache").or().haveSimpleName("LocalCache").or().haveSimpleName("ETags")
            .or().haveSimpleName("FixedWindow").or().haveSimpleName("RateLimiter")
            .or().haveSimpleName("ClientIdentities").or().haveSimpleName("Params")
            .or().haveSimpleName("CursorCodec").or().haveSimpleName("ReadModel")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.apache.kafka..",
                "io.lettuce..", "reactor..")
            .because("feature logic is tested without the framework; edges adapt it")
            .check(READ_API);
    }
}
