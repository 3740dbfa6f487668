package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who can reach what: NetworkPolicies evaluated the way Kubernetes does (a pod selected by any Ingress
 * policy is isolated and admits the union of their rules), and the Ingresses that publish services.
 */
final class NetworkChecks {

    /** The one cross-namespace peer allowed to every pod: Prometheus, scraping /prometheus. */
    static final Map<String, String> MONITORING_NAMESPACE = Map.of("kubernetes.io/metadata.name", "monitoring");

    private NetworkChecks() {
    }

    /** Names of the workloads whose pods admit traffic from outside their namespace (besides Prometheus). */
    static Set<String> reachableFromOutside(Manifests manifests) {
        List<JsonNode> policies = manifests.ofKind("NetworkPolicy");
        Set<String> reachable = new TreeSet<>();
        for (JsonNode workload : manifests.workloads()) {
            Map<String, String> labels = Workloads.podLabels(workload);
            List<JsonNode> applying = policies.stream()
                .filter(p -> selects(p.at("/spec/podSelector"), labels))
                .filter(NetworkChecks::restrictsIngress)
                .toList();
            if (applying.isEmpty() || applying.stream().anyMatch(NetworkChecks::admitsOutsiders)) {
                reachable.add(Manifests.name(workload));
            }
        }
        return reachable;
    }

    private static boolean selects(JsonNode podSelector, Map<String, String> labels) {
        if (podSelector.has("matchExpressions")) {
            throw new AssertionError("podSelector.matchExpressions is not supported by this check: " + podSelector);
        }
        return ServiceChecks.selects(Workloads.stringMap(podSelector.path("matchLabels")), labels);
    }

    private static boolean restrictsIngress(JsonNode policy) {
        JsonNode types = policy.at("/spec/policyTypes");
        if (types.isMissingNode()) {
            return true;
        }
        for (JsonNode type : types) {
            if ("Ingress".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean admitsOutsiders(JsonNode policy) {
        for (JsonNode rule : policy.at("/spec/ingress")) {
            JsonNode from = rule.path("from");
            if (from.isMissingNode() || from.isEmpty()) {
                return true;
            }
            for (JsonNode peer : from) {
                if (peer.has("ipBlock") || peer.has("namespaceSelector") && !isMonitoring(peer)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMonitoring(JsonNode peer) {
        JsonNode selector = peer.path("namespaceSelector");
        return !selector.has("matchExpressions")
            && MONITORING_NAMESPACE.equals(Workloads.stringMap(selector.path("matchLabels")));
    }

    /** An Ingress routes {@code path} to the service's http port, on a host its TLS section covers. */
    static List<String> publishedOverTls(Manifests manifests, String service, String path) {
        List<String> violations = new ArrayList<>();
        int routes = 0;
        for (JsonNode ingress : manifests.ofKind("Ingress")) {
            Set<String> tlsHosts = tlsHosts(ingress);
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode route : rule.at("/http/paths")) {
                    if (!path.equals(route.path("path").asText())
                        || !service.equals(route.at("/backend/service/name").asText())) {
                        continue;
                    }
                    routes++;
                    String host = rule.path("host").asText();
                    if (!tlsHosts.contains(host)) {
                        violations.add("Ingress " + Manifests.name(ingress) + " serves " + host + path
                            + " without TLS (tls hosts: " + tlsHosts + ")");
                    }
                    if (!"http".equals(route.at("/backend/service/port/name").asText())) {
                        violations.add("Ingress " + Manifests.name(ingress) + " must target the port named http");
                    }
                }
            }
        }
        if (routes == 0) {
            violations.add("no Ingress routes " + path + " to " + service);
        }
        return violations;
    }

    /** Every Service an Ingress routes to. */
    static Set<String> ingressBackends(Manifests manifests) {
        Set<String> backends = new TreeSet<>();
        for (JsonNode ingress : manifests.ofKind("Ingress")) {
            ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths")
                .forEach(route -> backends.add(route.at("/backend/service/name").asText())));
        }
        return backends;
    }

    private static Set<String> tlsHosts(JsonNode ingress) {
        Set<String> hosts = new TreeSet<>();
        for (JsonNode tls : ingress.at("/spec/tls")) {
            if (!tls.path("secretName").asText().isBlank()) {
                tls.path("hosts").forEach(h -> hosts.add(h.asText()));
            }
        }
        return hosts;
    }
}
