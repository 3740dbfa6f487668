package io.streampulse.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL server reachable through an admin connection, on which each test gets its own
 * database. Databases made on a server we did not start are dropped again at JVM exit.
 */
final class PostgresServer {

    private static final int MAX_PREFIX = 40;

    private final String adminUrl;
    private final String username;
    private final String password;
    private final List<String> created = new ArrayList<>();

    PostgresServer(String adminUrl, String username, String password) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password == null ? "" : password;
    }

    /** Creates an empty database (from template0) with a unique name starting with the prefix. */
    TestDatabase createDatabase(String prefix) {
        String name = databaseName(prefix);
        execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0");
        synchronized (created) {
            created.add(name);
        }
        return new TestDatabase(JdbcUrls.withDatabase(adminUrl, name), username, password, name);
    }

    /** Best effort: drops the databases made here, closing connections still open to them. */
    void dropCreatedDatabases() {
        List<String> names;
        synchronized (created) {
            names = List.copyOf(created);
            created.clear();
        }
        for (String name : names) {
            try {
                execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (IllegalStateException e) {
                TestkitLog.info("postgres: could not drop " + name + ": " + e.getCause());
            }
        }
    }

    /** Opens a connection to the admin database, to check the server answers with these credentials. */
    Connection connectAdmin() throws SQLException {
        return connect(adminUrl, username, password);
    }

    static Connection connect(String url, String username, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url, props);
    }

    /** A legal, unquoted-safe database name: lower case letters, digits and '_'. */
    static String databaseName(String prefix) {
        String shortPrefix = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
        return TestNames.unique(shortPrefix).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public String toString() {
        return adminUrl + " as " + username;
    }

    private void execute(String sql) {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + this, e);
        }
    }
}
