package io.streampulse.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReaderPoolSettingsTest {

    private static final Duration TWO_S = Duration.ofSeconds(2);
    private static final Duration FIVE_S = Duration.ofSeconds(5);

    @Test
    void blankSettingsFallBackToTheDefaultPool() {
        // Given no reader database or login of its own
        // When the settings are resolved
        ReaderPoolSettings settings = ReaderPoolSettings.resolve("", null, " ", "jdbc:postgresql://db/sp", "owner",
            "secret", 10, TWO_S, FIVE_S);

        // Then the default pool's are used
        assertThat(settings).isEqualTo(new ReaderPoolSettings("jdbc:postgresql://db/sp", "owner", "secret", 10, TWO_S,
            FIVE_S));
    }

    @Test
    void ownSettingsWin() {
        ReaderPoolSettings settings = ReaderPoolSettings.resolve("jdbc:postgresql://replica/sp",
            "streampulse_api_reader", "pw", "jdbc:postgresql://db/sp", "owner", "secret", 4, TWO_S, FIVE_S);

        assertThat(settings).isEqualTo(new ReaderPoolSettings("jdbc:postgresql://replica/sp", "streampulse_api_reader",
            "pw", 4, TWO_S, FIVE_S));
    }

    @Test
    void everyConnectionIsReadOnlyWithAStatementTimeout() {
        // When the pool configuration is built
        HikariConfig config = new ReaderPoolSettings("jdbc:postgresql://db/sp", "r", "", 3, TWO_S, FIVE_S).hikari();

        // Then connections are marked read-only and their sessions start read-only with a 5 s statement timeout
        assertThat(config.isReadOnly()).isTrue();
        assertThat(config.getConnectionInitSql())
            .isEqualTo("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; SET statement_timeout = 5000");
        assertThat(config.getMaximumPoolSize()).isEqualTo(3);
        assertThat(config.getConnectionTimeout()).isEqualTo(2000);
        assertThat(config.getPoolName()).isEqualTo("reader");
    }
}
