package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every manifest file parses, every resource is well-formed, every overlay renders. */
class ManifestFilesTest {

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(Repo.path("k8s"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyYamlFileUnderK8sAndTheComposeFileParse() {
        List<Path> files = new ArrayList<>(yamlFiles());
        files.add(TopicManifests.COMPOSE_FILE);

        assertThat(files).hasSizeGreaterThan(20).allSatisfy(file -> assertThat(Yaml.documents(file)).isNotEmpty());
    }

    @Test
    void everyDocumentIsAResourceWithApiVersionKindAndName() {
        List<String> violations = new ArrayList<>();
        for (Path file : yamlFiles()) {
            for (JsonNode document : Yaml.documents(file)) {
                violations.addAll(resourceShape(document, Repo.ROOT.relativize(file).toString()));
            }
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlay.class)
    void overlayRendersWithKubectlKustomize(Overlay overlay) {
        Manifests manifests = overlay.render();

        assertThat(manifests.documents()).isNotEmpty().allSatisfy(resource ->
            assertThat(resourceShape(resource, overlay.path)).isEmpty());
        assertThat(manifests.documents()).allSatisfy(resource -> assertThat(resource.at("/metadata/namespace").asText())
            .isIn("streampulse", ""));
    }

    @Test
    void aDocumentWithoutKindIsReported() {
        JsonNode document = Yaml.documents("apiVersion: v1\nmetadata:\n  name: x\n", "inline").get(0);

        assertThat(resourceShape(document, "inline")).containsExactly("inline: a document without apiVersion or kind");
    }

    /** A Kubernetes resource (apiVersion, kind, metadata.name) or a kustomization file. */
    static List<String> resourceShape(JsonNode document, String where) {
        if (!document.path("apiVersion").isTextual() || !document.path("kind").isTextual()) {
            return List.of(where + ": a document without apiVersion or kind");
        }
        if (!"Kustomization".equals(document.path("kind").asText()) && document.at("/metadata/name").asText().isBlank()) {
            return List.of(where + ": " + document.path("kind").asText() + " without metadata.name");
        }
        return List.of();
    }
}
