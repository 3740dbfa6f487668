package io.streampulse.localstack.store;

/**
 * Where the services find PostgreSQL. {@code password} goes to the children's environment only; it is never
 * printed ({@link #toString()} leaves it out).
 */
public record PostgresEndpoint(String jdbcUrl, String username, String password, String origin) {

    public static final String DATABASE = "streampulse";

    @Override
    public String toString() {
        return jdbcUrl + " (user " + username + ", " + origin + ")";
    }
}
