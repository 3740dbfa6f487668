package io.streampulse.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which batch failures are the data's fault (isolate and dead-letter) and which are transient (retry). */
class FailuresTest {

    @ParameterizedTest(name = "SQLState {0} caused by data: {1}")
    @CsvSource({
        "22P05, true",  // untranslatable character (\u0000 in jsonb)
        "22021, true",  // invalid byte sequence for the encoding
        "22008, true",  // datetime field overflow
        "22003, true",  // numeric value out of range
        "23514, true",  // check violation
        "23505, true",  // unique violation
        "23502, true",  // not null violation
        "54000, true",  // program limit exceeded (index row too large)
        "08006, false", // connection failure
        "08003, false", // connection does not exist
        "57P01, false", // admin shutdown (pg_terminate_backend)
        "57P03, false", // cannot connect now (starting up)
        "40001, false", // serialization failure
        "40P01, false", // deadlock detected
        "53300, false", // too many connections
        "25006, false", // read-only transaction (failover to a replica)
        "XX000, false", // internal error
        "2200, false"   // not a SQLState
    })
    void aSqlFailureIsCausedByDataOnlyForClasses22And23And54(String state, boolean byData) {
        // Given a failure with that SQLState
        SQLException failure = new SQLException("refused", state);

        // When it is classified, Then only data exceptions, integrity violations and program limits are the data's
        assertThat(Failures.causedByData(failure)).isEqualTo(byData);
    }

    @Test
    void aSqlFailureWithoutStateOrWrappedIsJudgedByTheSqlException() {
        // Given a pool timeout without SQLState, and a check violation wrapped in a runtime exception
        SQLException timeout = new SQLTransientConnectionException("Connection is not available");
        RuntimeException wrapped = new IllegalStateException("write failed", new SQLException("check", "23514"));
        RuntimeException wrappedTransient = new IllegalStateException("write failed", new SQLException("gone", "08006"));

        // When they are classified, Then the SQLException decides
        assertThat(Failures.causedByData(timeout)).isFalse();
        assertThat(Failures.causedByData(wrapped)).isTrue();
        assertThat(Failures.causedByData(wrappedTransient)).isFalse();
    }

    @Test
    void archivesOwnFailuresAreTheDataExceptTheDeadLetterTopicBeingUnavailable() {
        // Given a failure of archive's own code on some records, and the dead-letter topic not answering
        RuntimeException bug = new IllegalStateException("unreadable open_sessions state");
        RuntimeException unavailable = new Rejections.Unavailable("dead letters not acknowledged", new RuntimeException());

        // When they are classified
        // Then the first fails again with the same records (isolate them), the second is retried
        assertThat(Failures.causedByData(bug)).isTrue();
        assertThat(Failures.causedByData(unavailable)).isFalse();
        assertThat(Failures.causedByData(new InterruptedException())).isFalse();
    }

    @Test
    void theDescriptionNamesTheSqlStateAndMessage() {
        // Given a check violation as PostgreSQL reports it
        SQLException failure = new SQLException("ERROR: new row violates check constraint \"plausible\"", "23514");

        // When it is described for the dead-letter record
        String description = Failures.describe(new IllegalStateException("x", failure));

        // Then the operator reads the SQLState and PostgreSQL's message
        assertThat(description).isEqualTo("SQLState 23514: ERROR: new row violates check constraint \"plausible\"");
    }
}
