package io.streampulse.api.user;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one JDBC transaction of the service's own database (schema {@code api}). */
public final class Transactions {

    /** Work on a connection whose transaction commits when it returns and rolls back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailable(e);
        }
    }

    /** PostgreSQL could not do the work: the request gets a 503, not a 500. */
    public static final class StoreUnavailable extends RuntimeException {
        StoreUnavailable(SQLException cause) {
            super("database: " + cause.getMessage(), cause);
        }
    }
}
