package io.streampulse.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.runtime.testing.SettingsTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The settings table of README.md is what application.yml really gives (or what its variable says). */
class ArchiveSettingsTest {

    @Test
    void documentedDefaultsAreTheResolvedConfiguration() {
        // Given the settings table of the service's README
        SettingsTable table = SettingsTable.read(Path.of("README.md"));

        // When Micronaut resolves the service's configuration
        var resolved = table.resolved();

        // Then every documented setting is there with its documented default (or its variable's value)
        assertThat(table.documented()).containsKeys("micronaut.server.port", "kafka.bootstrap.servers",
            "streampulse.service-name", "streampulse.redis.enabled", "archive.consumer.group-id",
            "archive.session.absent-observations", "archive.session.absent-span", "archive.session.max-integration-gap",
            "archive.snapshots.resolution", "archive.retention.channel-events", "archive.retention.snapshots",
            "archive.export.directory");
        assertThat(resolved).isEqualTo(table.documented());
    }
}
