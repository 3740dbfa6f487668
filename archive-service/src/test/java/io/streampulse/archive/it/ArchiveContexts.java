package io.streampulse.archive.it;

import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import java.util.HashMap;
import java.util.Map;

/** Settings of an archive-service under test: real Kafka and a fresh PostgreSQL database, its own consumer group. */
public final class ArchiveContexts {

    private ArchiveContexts() {
    }

    public static Map<String, String> settings(TestDatabase database) {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        // Tests of many modules share one PostgreSQL (100 connections): a service needs at most 4 (the consumer holds
        // two while it creates a snapshot partition, the outbox relay and the health check one each).
        properties.put("datasources.default.maximum-pool-size", "4");
        properties.put("archive.consumer.group-id", TestNames.unique("archive-it"));
        properties.put("archive.outbox.relay-interval", "100ms");
        properties.put("archive.export.enabled", "false");
        // Retention runs only when a test runs it (with its own clock), never behind a test's back.
        properties.put("archive.retention.initial-delay", "1d");
        return properties;
    }
}
