package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Navigation in Deployments and StatefulSets. */
final class Workloads {

    private Workloads() {
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.at("/spec/template/spec");
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return stringMap(workload.at("/spec/template/metadata/labels"));
    }

    static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static JsonNode container(JsonNode workload, String name) {
        for (JsonNode container : podSpec(workload).path("containers")) {
            if (name.equals(container.path("name").asText())) {
                return container;
            }
        }
        return MissingNode.getInstance();
    }

    static List<JsonNode> allContainers(JsonNode workload) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec(workload).path("initContainers").forEach(containers::add);
        podSpec(workload).path("containers").forEach(containers::add);
        return containers;
    }

    /** A probe's or Service's port: a number, or the name of one of the container's ports. */
    static OptionalInt resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return OptionalInt.of(port.asInt());
        }
        for (JsonNode containerPort : container.path("ports")) {
            if (port.asText().equals(containerPort.path("name").asText())) {
                return OptionalInt.of(containerPort.path("containerPort").asInt());
            }
        }
        return OptionalInt.empty();
    }

    static List<String> envNames(JsonNode container) {
        List<String> names = new ArrayList<>();
        container.path("env").forEach(env -> names.add(env.path("name").asText()));
        return names;
    }

    /** The literal value of an env var the container sets, if it sets one. */
    static Optional<String> literalEnv(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asText()) && env.has("value")) {
                return Optional.of(env.path("value").asText());
            }
        }
        return Optional.empty();
    }
}
