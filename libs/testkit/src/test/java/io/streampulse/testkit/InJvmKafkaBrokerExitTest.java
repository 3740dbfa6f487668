package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-JVM broker must never end the test JVM through Kafka's Exit (a non-zero exit fails the build). */
class InJvmKafkaBrokerExitTest {

    @AfterEach
    void restoreKafkasDefaults() {
        Exit.resetExitProcedure();
        Exit.resetHaltProcedure();
    }

    @Test
    void aFatalFaultInTheBrokerIsLoggedInsteadOfHaltingTheTestJvm() {
        // Given the procedures the in-JVM broker installs before it starts
        InJvmKafkaBroker.keepTestJvmAlive();

        // When Kafka asks to halt or exit, as its fatal fault handler does
        // Then control comes back here (without the procedures, this JVM would be gone)
        assertThatCode(() -> {
            Exit.halt(1, "simulated fatal fault");
            Exit.exit(1, "simulated fatal fault");
        }).doesNotThrowAnyException();
    }
}
