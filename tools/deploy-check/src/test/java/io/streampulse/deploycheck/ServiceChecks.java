package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The Service and the PodDisruptionBudget of a workload select its pods. */
final class ServiceChecks {

    private ServiceChecks() {
    }

    static List<String> serviceRoutesTo(Manifests manifests, JsonNode workload, JsonNode container, int port) {
        String name = Manifests.name(workload);
        JsonNode service = manifests.find("Service", name).orElse(null);
        if (service == null) {
            return List.of("no Service named " + name);
        }
        Map<String, String> selector = Workloads.stringMap(service.at("/spec/selector"));
        if (selector.isEmpty() || !selects(selector, Workloads.podLabels(workload))) {
            return List.of("Service " + name + " selector " + selector + " does not select the pods "
                + Workloads.podLabels(workload));
        }
        for (JsonNode servicePort : service.at("/spec/ports")) {
            JsonNode target = servicePort.has("targetPort") ? servicePort.path("targetPort") : servicePort.path("port");
            OptionalInt resolved = Workloads.resolvePort(container, target);
            if (resolved.isPresent() && resolved.getAsInt() == port) {
                return List.of();
            }
        }
        return List.of("Service " + name + " has no port targeting the service port " + port);
    }

    static List<String> disruptionBudgetCovers(Manifests manifests, JsonNode workload) {
        Map<String, String> labels = Workloads.podLabels(workload);
        boolean covered = manifests.ofKind("PodDisruptionBudget").stream()
            .filter(pdb -> pdb.at("/spec/maxUnavailable").isValueNode() || pdb.at("/spec/minAvailable").isValueNode())
            .map(pdb -> Workloads.stringMap(pdb.at("/spec/selector/matchLabels")))
            .anyMatch(selector -> !selector.isEmpty() && selects(selector, labels));
        return covered ? List.of() : List.of("no PodDisruptionBudget selects the pods of " + Manifests.name(workload));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
