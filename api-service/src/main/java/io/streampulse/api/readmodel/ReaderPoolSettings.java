package io.streampulse.api.readmodel;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;

/**
 * The read-only pool of the read API: its database and login (each falls back to the default pool's when left
 * empty, so a single-user setup needs nothing more), its size and timeouts. Every connection is read-only twice
 * over: Hikari marks it so, and its session starts with {@code default_transaction_read_only}; and no statement runs
 * longer than {@code statementTimeout}.
 */
record ReaderPoolSettings(String url, String username, String password, int maximumPoolSize,
                          Duration connectionTimeout, Duration statementTimeout) {

    /** The reader's own values, each blank one replaced by the default pool's. */
    static ReaderPoolSettings resolve(String url, String username, String password, String defaultUrl,
                                      String defaultUsername, String defaultPassword, int maximumPoolSize,
                                      Duration connectionTimeout, Duration statementTimeout) {
        return new ReaderPoolSettings(or(url, defaultUrl), or(username, defaultUsername), or(password, defaultPassword),
            maximumPoolSize, connectionTimeout, statementTimeout);
    }

    HikariConfig hikari() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("reader");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(maximumPoolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setReadOnly(true);
        config.setConnectionInitSql(initSql());
        return config;
    }

    String initSql() {
        return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; SET statement_timeout = "
            + statementTimeout.toMillis();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
