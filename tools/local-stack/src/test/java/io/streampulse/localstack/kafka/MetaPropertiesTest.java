package io.streampulse.localstack.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MetaPropertiesTest {

    @Test
    void readsTheClusterIdThatFormattingWrote() {
        // Given meta.properties as kafka-storage format writes it
        String content = """
                #
                #Thu Nov 26 06:16:12 UTC 2026
                node.id=1
                directory.id=l2nI65XDQWqZIAFOl1FIuw
                version=1
                cluster.id=lXEcMJDCTMu78qC4SmA6Nw
                """;

        // When parsed / Then the cluster id comes out
        assertThat(MetaProperties.clusterIdOf(content)).contains("lXEcMJDCTMu78qC4SmA6Nw");
    }

    @Test
    void aFileWithoutClusterIdMeansNotFormatted() {
        assertThat(MetaProperties.clusterIdOf("node.id=1\ncluster.id=  \n")).isEmpty();
    }

    @Test
    void aMissingFileMeansNotFormatted(@TempDir Path dir) {
        assertThat(MetaProperties.clusterId(dir.resolve("meta.properties"))).isEmpty();
    }

    @Test
    void readsTheFileFromDisk(@TempDir Path dir) throws IOException {
        // Given a formatted data directory
        Path meta = Files.writeString(dir.resolve("meta.properties"), "version=1\ncluster.id=abc123\n");

        // When read / Then
        assertThat(MetaProperties.clusterId(meta)).isEqualTo(Optional.of("abc123"));
    }
}
