package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Secrets come only from Kubernetes Secrets (secretKeyRef), never from literal values. */
final class SecretRules {

    /** Not named like a secret, but may carry one (redis://:password@host). */
    private static final Set<String> SECRET_VARIABLES = Set.of("REDIS_URI");

    private SecretRules() {
    }

    static boolean isSecret(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        return SECRET_VARIABLES.contains(upper) || upper.contains("SECRET") || upper.contains("PASSWORD")
            || upper.contains("TOKEN");
    }

    /** Secret resources with data, secret variables with literal values, secret-named ConfigMap keys. */
    static List<String> literalSecrets(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (JsonNode secret : manifests.ofKind("Secret")) {
            if (!secret.path("data").isEmpty() || !secret.path("stringData").isEmpty()) {
                violations.add("Secret " + Manifests.name(secret) + " carries literal data");
            }
        }
        for (JsonNode workload : manifests.workloads()) {
            for (JsonNode container : Workloads.allContainers(workload)) {
                for (JsonNode env : container.path("env")) {
                    String name = env.path("name").asText();
                    if (isSecret(name) && env.has("value")) {
                        violations.add(Manifests.name(workload) + " sets secret " + name + " to a literal value");
                    }
                }
            }
        }
        for (JsonNode configMap : manifests.ofKind("ConfigMap")) {
            for (Iterator<String> keys = configMap.path("data").fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (isSecret(key.replace('-', '_').replace('.', '_'))) {
                    violations.add("ConfigMap " + Manifests.name(configMap) + " holds secret-looking key " + key);
                }
            }
        }
        return violations;
    }
}
