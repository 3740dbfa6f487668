package io.streampulse.testkit;

/**
 * PostgreSQL for tests: one server per JVM, started or found on first use, and a fresh empty
 * database per {@link #newDatabase} call so tests never see each other's tables.
 * Order: {@code DATASOURCES_DEFAULT_URL} when set (databases are created on that server);
 * else a postgres:17 container when Docker answers; else 127.0.0.1:5432 (user postgres or the
 * OS user, trust auth) when it answers; else an embedded PostgreSQL 17.
 */
public final class TestPostgres {

    private static final Lazy<PostgresServer> SERVER = new Lazy<>("postgres", PostgresBackends::start);

    private TestPostgres() {
    }

    /**
     * Creates an empty database named {@code <prefix>_<random>} (lower case, '-' and '.' become '_').
     *
     * @param prefix letters, digits, '.', '_' or '-', saying what the database is for
     */
    public static TestDatabase newDatabase(String prefix) {
        return SERVER.get().createDatabase(prefix);
    }
}
