package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Checks of one container of a workload. Each returns what is wrong; empty means right. */
final class WorkloadChecks {

    /** Micronaut management endpoints the services serve. */
    static final Map<String, String> SERVICE_PROBES = orderedMap(
        "startupProbe", "/health/liveness", "livenessProbe", "/health/liveness", "readinessProbe", "/health/readiness");
    /** The simulator serves GET /health. */
    static final Map<String, String> SIMULATOR_PROBES = orderedMap(
        "startupProbe", "/health", "livenessProbe", "/health", "readinessProbe", "/health");

    private WorkloadChecks() {
    }

    /** The port the container serves on: MICRONAUT_SERVER_PORT / SIM_PORT if set literally, else the default. */
    static int effectivePort(JsonNode container, String portVariable, int configuredPort) {
        return Workloads.literalEnv(container, portVariable).map(Integer::parseInt).orElse(configuredPort);
    }

    static List<String> port(JsonNode container, int port) {
        for (JsonNode containerPort : container.path("ports")) {
            if (containerPort.path("containerPort").asInt() == port && "http".equals(containerPort.path("name").asText())) {
                return List.of();
            }
        }
        return List.of("no container port named http with the configured port " + port + ": " + container.path("ports"));
    }

    static List<String> probes(JsonNode container, int port, Map<String, String> expectedPaths) {
        List<String> violations = new ArrayList<>();
        expectedPaths.forEach((probe, path) -> {
            JsonNode httpGet = container.path(probe).path("httpGet");
            if (httpGet.isMissingNode()) {
                violations.add(probe + " is missing or is not an httpGet probe");
                return;
            }
            String actualPath = httpGet.path("path").asText();
            if (!path.equals(actualPath)) {
                violations.add(probe + " checks " + actualPath + ", the service serves it on " + path);
            }
            OptionalInt actualPort = Workloads.resolvePort(container, httpGet.path("port"));
            if (actualPort.isEmpty() || actualPort.getAsInt() != port) {
                violations.add(probe + " port " + httpGet.path("port") + " is not the service port " + port);
            }
        });
        return violations;
    }

    /** Every variable set is one the program reads; secrets only by secretKeyRef; no bulk envFrom. */
    static List<String> environment(JsonNode container, Set<String> read) {
        List<String> violations = new ArrayList<>();
        if (container.has("envFrom")) {
            violations.add("envFrom injects variables wholesale; set each variable the service reads instead");
        }
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (!read.contains(name)) {
                violations.add("sets " + name + ", which the program does not read (it reads " + read + ")");
            }
            if (SecretRules.isSecret(name) && !env.at("/valueFrom/secretKeyRef").isObject()) {
                violations.add("secret " + name + " must come from a Secret (secretKeyRef)");
            }
        }
        return violations;
    }

    /** configMapKeyRef/secretKeyRef point at keys that exist; a Secret not rendered must be the documented one. */
    static List<String> references(JsonNode container, Manifests manifests, String externalSecret) {
        List<String> violations = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            violations.addAll(reference(env, "configMapKeyRef", "ConfigMap", manifests, null));
            violations.addAll(reference(env, "secretKeyRef", "Secret", manifests, externalSecret));
        }
        return violations;
    }

    private static List<String> reference(JsonNode env, String refKind, String kind, Manifests manifests,
                                          String mayBeExternal) {
        JsonNode ref = env.path("valueFrom").path(refKind);
        if (ref.isMissingNode()) {
            return List.of();
        }
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        Optional<JsonNode> target = manifests.find(kind, name);
        if (target.isEmpty()) {
            return name.equals(mayBeExternal) ? List.of()
                : List.of(env.path("name").asText() + " refers to " + kind + " " + name + ", which does not exist");
        }
        if (!target.get().path("data").has(key)) {
            return List.of(env.path("name").asText() + " refers to key " + key + " missing from " + kind + " " + name);
        }
        return List.of();
    }

    static List<String> resources(JsonNode container) {
        List<String> violations = new ArrayList<>();
        for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
            if (container.at("/resources/" + field).isMissingNode()) {
                violations.add("resources." + field.replace('/', '.') + " is not set");
            }
        }
        return violations;
    }

    /** Non-root uid 10001, read-only root filesystem, no privilege escalation. */
    static List<String> hardening(JsonNode workload, JsonNode container) {
        List<String> violations = new ArrayList<>();
        JsonNode pod = Workloads.podSpec(workload).path("securityContext");
        if (!pod.path("runAsNonRoot").asBoolean(false) || pod.path("runAsUser").asInt() != 10001) {
            violations.add("pod must run as non-root uid 10001: " + pod);
        }
        JsonNode own = container.path("securityContext");
        if (!own.path("readOnlyRootFilesystem").asBoolean(false) || own.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add("container needs readOnlyRootFilesystem and no privilege escalation: " + own);
        }
        return violations;
    }

    static List<String> prometheusAnnotations(JsonNode workload, int port) {
        JsonNode annotations = workload.at("/spec/template/metadata/annotations");
        boolean right = "true".equals(annotations.path("prometheus.io/scrape").asText())
            && String.valueOf(port).equals(annotations.path("prometheus.io/port").asText())
            && "/prometheus".equals(annotations.path("prometheus.io/path").asText());
        return right ? List.of() : List.of("Prometheus scrape annotations must name port " + port
            + " and /prometheus: " + annotations);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
