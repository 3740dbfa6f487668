package io.streampulse.twitch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** libs/twitch stays framework-free, knows nothing of contracts, and its features depend one way. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.streampulse.twitch");

    @Test
    void noFrameworkAndNoContracts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.streampulse.contracts..",
                "jakarta.inject..").check(MAIN);
    }

    @Test
    void eventSubAndBudgetDoNotDependOnTheHelixClient() {
        noClasses().that().resideInAPackage("..twitch.eventsub..").should().dependOnClassesThat()
                .resideInAnyPackage("..twitch.helix..", "..twitch.budget..", "..twitch.auth..").check(MAIN);
        noClasses().that().resideInAPackage("..twitch.budget..").should().dependOnClassesThat()
                .resideInAnyPackage("..twitch.helix..", "..twitch.auth..", "..twitch.eventsub..").check(MAIN);
        noClasses().that().resideInAPackage("..twitch.auth..").should().dependOnClassesThat()
                .resideInAnyPackage("..twitch.helix..", "..twitch.budget..", "..twitch.eventsub..").check(MAIN);
    }
}
