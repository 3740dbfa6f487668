package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void databaseNamesAreLowerCaseIdentifiersStartingWithThePrefix() {
        assertThat(PostgresServer.databaseName("Archive.Sessions-IT"))
                .matches("archive_sessions_it_[0-9a-f]{12}");
    }

    @Test
    void longPrefixesAreCutSoNamesFitPostgresIdentifierLimit() {
        String name = PostgresServer.databaseName("x".repeat(100));

        assertThat(name).matches("x{40}_[0-9a-f]{12}").hasSizeLessThanOrEqualTo(63);
    }
}
