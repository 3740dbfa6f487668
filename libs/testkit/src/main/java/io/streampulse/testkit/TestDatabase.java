package io.streampulse.testkit;

/**
 * A fresh, empty PostgreSQL database made for one test (class): connect with these values,
 * e.g. as {@code datasources.default.url/username/password}. {@code password} may be empty.
 */
public record TestDatabase(String jdbcUrl, String username, String password, String name) {
}
