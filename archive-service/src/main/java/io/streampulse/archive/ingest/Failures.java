package io.streampulse.archive.ingest;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the two kinds of batch failure apart. A failure <em>caused by the data</em> fails again however often it is
 * retried: PostgreSQL refused a value (SQLState class 22 data exception, e.g. invalid text or a value out of range;
 * 23 integrity constraint violation, e.g. a CHECK; 54 program limit exceeded, e.g. an index key too long) or
 * archive's own code failed on these records. Anything else is <em>transient</em> and worth retrying as it is: the
 * connection was lost or killed (08, 57P01), PostgreSQL restarted, a serialization failure or deadlock (40), too
 * few resources (53), the dead-letter topic unavailable, or a SQLState we do not know (never dead-letter on doubt).
 */
final class Failures {

    private static final Set<String> DATA_CLASSES = Set.of("22", "23", "54");

    private Failures() {
    }

    static boolean causedByData(Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql != null) {
            String state = sql.getSQLState();
            return state != null && state.length() == 5 && DATA_CLASSES.contains(state.substring(0, 2));
        }
        return failure instanceof RuntimeException && !(failure instanceof Rejections.Unavailable);
    }

    /** What PostgreSQL said, for the dead-letter record: SQLState and message (with the failing row, if any). */
    static String describe(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql == null ? failure.toString() : "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
