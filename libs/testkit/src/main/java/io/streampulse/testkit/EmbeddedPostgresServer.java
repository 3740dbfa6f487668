package io.streampulse.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A real PostgreSQL 17 process from the zonky binaries, on a free port, for machines with none. */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    /** Starts a new server; the caller owns it (close the result to stop it). */
    static Started<PostgresServer> start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            return new Started<>(new PostgresServer(adminUrl, "postgres", ""),
                    "embedded PostgreSQL (zonky) on port " + postgres.getPort(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }
}
