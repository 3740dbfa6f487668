package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String PROPERTY = "testkit.settingstest.port";

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void localPortDefaultsWhenNothingIsSet() {
        assertThat(Settings.localPort(PROPERTY, 5432)).isEqualTo(5432);
    }

    @Test
    void systemPropertyOverridesTheDefaultPort() {
        System.setProperty(PROPERTY, " 15432 ");

        assertThat(Settings.localPort(PROPERTY, 5432)).isEqualTo(15432);
    }

    @Test
    void aPortThatIsNotANumberIsATypedError() {
        System.setProperty(PROPERTY, "five");

        assertThatThrownBy(() -> Settings.localPort(PROPERTY, 5432))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PROPERTY + " must be a port number, was 'five'");
    }
}
