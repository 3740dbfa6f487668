package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The resources of one rendered kustomization (or of a file), looked up by kind and name. */
record Manifests(String source, List<JsonNode> documents) {

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet");

    Manifests {
        documents = List.copyOf(documents);
    }

    static String kind(JsonNode resource) {
        return resource.path("kind").asText();
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(kind(d))).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    JsonNode require(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(source + " has no " + kind + " named " + name));
    }

    List<JsonNode> workloads() {
        return documents.stream().filter(d -> WORKLOAD_KINDS.contains(kind(d))).toList();
    }

    /** A deep copy whose documents a test may change to show that a check fails. */
    Manifests mutableCopy() {
        return new Manifests(source + " (modified)", documents.stream().<JsonNode>map(JsonNode::deepCopy).toList());
    }

    Manifests with(JsonNode extra) {
        List<JsonNode> all = new ArrayList<>(documents);
        all.add(extra);
        return new Manifests(source + " (modified)", all);
    }

    Manifests without(String kind, String name) {
        return new Manifests(source + " (modified)", documents.stream()
            .filter(d -> !(kind.equals(kind(d)) && name.equals(name(d)))).toList());
    }
}
