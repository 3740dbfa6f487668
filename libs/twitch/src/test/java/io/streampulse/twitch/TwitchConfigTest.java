package io.streampulse.twitch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TwitchConfigTest {

    @Test
    void defaultsPointAtTheLocalSimulator() {
        TwitchConfig config = TwitchConfig.fromEnv(Map.of());

        assertThat(config).isEqualTo(new TwitchConfig(URI.create("http://localhost:8090/helix"),
                URI.create("http://localhost:8090/oauth2"), "streampulse-local", "streampulse-local-secret",
                TwitchConfig.DEFAULT_CONNECT_TIMEOUT, TwitchConfig.DEFAULT_REQUEST_TIMEOUT));
    }

    @Test
    void environmentOverridesEveryValueAndTrailingSlashesAreDropped() {
        TwitchConfig config = TwitchConfig.fromEnv(Map.of(
                "TWITCH_HELIX_URL", "https://api.twitch.tv/helix/",
                "TWITCH_AUTH_URL", "https://id.twitch.tv/oauth2",
                "TWITCH_CLIENT_ID", "abc123",
                "TWITCH_CLIENT_SECRET", "very-secret-value"));

        assertThat(config).isEqualTo(TwitchConfig.of("https://api.twitch.tv/helix", "https://id.twitch.tv/oauth2",
                "abc123", "very-secret-value"));
    }

    @Test
    void theSecretNeverAppearsInToString() {
        TwitchConfig config = TwitchConfig.fromEnv(Map.of("TWITCH_CLIENT_SECRET", "very-secret-value"));

        assertThat(config.toString()).doesNotContain("very-secret-value").contains("clientSecret=***")
                .contains("clientId=streampulse-local");
    }
}
