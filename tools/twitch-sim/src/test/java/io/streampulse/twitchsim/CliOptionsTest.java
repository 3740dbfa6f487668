package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

    @Test
    void flagsWinOverEnvironmentWhichWinsOverDefaults() {
        SimConfig config = CliOptions.parse(new String[] {"--port", "9999", "--channels=100000", "--clock-mode", "manual"},
                Map.of("SIM_PORT", "1234", "SIM_FLAP_RATE", "0.05", "SIM_FAULT_LATENCY_MS", "250",
                        "SIM_GROUND_TRUTH_FILE", "/tmp/truth.jsonl", "SIM_CLIENT_SECRET", "from-env-secret"));

        assertThat(config).isEqualTo(SimConfig.defaults().withPort(9999).withChannels(100_000)
                .withClockMode(ClockMode.MANUAL).withFlapRate(0.05).withFaultLatency(Duration.ofMillis(250))
                .withGroundTruthFile(Path.of("/tmp/truth.jsonl")).withClientSecret("from-env-secret"));
    }

    @Test
    void standaloneListensOn8090UnlessToldOtherwise() {
        assertThat(CliOptions.parse(new String[0], Map.of()).port()).isEqualTo(8090);
        assertThat(SimConfig.defaults().port()).isZero();
    }

    @Test
    void unknownOrInvalidOptionsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"--colour", "red"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> CliOptions.parse(new String[0], Map.of("SIM_LIVE_SHARE", "2")))
                .hasMessageContaining("SIM_LIVE_SHARE");
    }

    @Test
    void helpListsEveryEnvironmentVariable() {
        assertThat(CliOptions.help()).contains("SIM_PORT", "SIM_CHANNELS", "SIM_LIVE_SHARE", "SIM_SEED", "SIM_SPEED",
                "SIM_CLIENT_ID", "SIM_CLIENT_SECRET", "SIM_RATE_LIMIT", "SIM_FAULT_5XX_RATE", "SIM_FAULT_LATENCY_MS",
                "SIM_APP_TOKEN_TTL_SECONDS", "SIM_FLAP_RATE", "SIM_GROUND_TRUTH_FILE", "SIM_BIND");
    }
}
