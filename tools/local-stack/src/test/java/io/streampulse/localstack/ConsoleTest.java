package io.streampulse.localstack;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTest {

    @Test
    void progressLinesCarryTheElapsedTimeWithOneDecimal() {
        assertThat(Console.stepLine("Kafka broker ready", Duration.ofMillis(4_149)))
                .isEqualTo("[local-stack +4.1s] Kafka broker ready");
        assertThat(Console.seconds(Duration.ofMillis(94_340))).isEqualTo("94.3s");
    }
}
