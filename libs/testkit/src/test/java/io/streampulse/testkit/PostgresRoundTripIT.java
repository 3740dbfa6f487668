package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresRoundTripIT {

    @Test
    void aNewDatabaseStoresAndReturnsRows() throws SQLException {
        // Given
        TestDatabase database = TestPostgres.newDatabase("roundtrip");

        // Then
        assertThat(database.name()).matches("roundtrip_[0-9a-f]{12}");
        assertThat(database.jdbcUrl()).endsWith("/" + database.name());
        assertThat(PostgresRoundTrip.publicTables(database)).isEmpty();
        PostgresRoundTrip.assertRoundTrip(database);
    }

    @Test
    void twoNewDatabasesDoNotSeeEachOthersTables() throws SQLException {
        // Given
        TestDatabase first = TestPostgres.newDatabase("isolated");
        TestDatabase second = TestPostgres.newDatabase("isolated");

        // When
        PostgresRoundTrip.assertRoundTrip(first);

        // Then
        assertThat(second.name()).isNotEqualTo(first.name());
        assertThat(PostgresRoundTrip.publicTables(first)).containsExactly("channels");
        assertThat(PostgresRoundTrip.publicTables(second)).isEmpty();
    }
}
