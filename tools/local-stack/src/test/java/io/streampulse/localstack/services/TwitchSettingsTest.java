package io.streampulse.localstack.services;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TwitchSettingsTest {

    private static final Map<String, String> SIMULATOR = Map.of(
            "TWITCH_HELIX_URL", "http://localhost:8090/helix",
            "TWITCH_AUTH_URL", "http://localhost:8090/oauth2",
            "TWITCH_CLIENT_ID", "streampulse-local",
            "TWITCH_CLIENT_SECRET", "streampulse-local-secret",
            "TWITCH_EVENTSUB_SECRET", "streampulse-local-eventsub-secret",
            "TWITCH_EVENTSUB_CALLBACK_URL", "http://localhost:8081/webhooks/eventsub");

    @Test
    void withoutTwitchVariablesTheServicesUseTheSimulator() {
        assertThat(TwitchSettings.resolve(Map.of("PATH", "/usr/bin")))
                .isEqualTo(new TwitchSettings(false, SIMULATOR, List.of()));
    }

    @Test
    void withAllSixVariablesThatTwitchIsUsedAndPassedThrough() {
        // Given a real Twitch configuration
        Map<String, String> real = Map.of(
                "TWITCH_HELIX_URL", "https://api.twitch.tv/helix",
                "TWITCH_AUTH_URL", "https://id.twitch.tv/oauth2",
                "TWITCH_CLIENT_ID", "abc",
                "TWITCH_CLIENT_SECRET", "s3cret",
                "TWITCH_EVENTSUB_SECRET", "hmac-secret",
                "TWITCH_EVENTSUB_CALLBACK_URL", "https://example.org/webhooks/eventsub");

        // When resolved / Then it is external, with exactly those values
        assertThat(TwitchSettings.resolve(real)).isEqualTo(new TwitchSettings(true, real, List.of()));
    }

    @Test
    void aPartialSetIsReportedAndIgnored() {
        // Given only two of the six (a blank one does not count)
        Map<String, String> partial = Map.of(
                "TWITCH_HELIX_URL", "https://api.twitch.tv/helix",
                "TWITCH_CLIENT_ID", "abc",
                "TWITCH_CLIENT_SECRET", " ");

        // When resolved / Then the simulator defaults win and the user is told why
        assertThat(TwitchSettings.resolve(partial)).isEqualTo(new TwitchSettings(false, SIMULATOR, List.of(
                "TWITCH_HELIX_URL, TWITCH_CLIENT_ID set but not TWITCH_AUTH_URL, TWITCH_CLIENT_SECRET,"
                        + " TWITCH_EVENTSUB_SECRET, TWITCH_EVENTSUB_CALLBACK_URL: ignored, the services use the"
                        + " Twitch simulator (set all six to use another Twitch)")));
    }
}
