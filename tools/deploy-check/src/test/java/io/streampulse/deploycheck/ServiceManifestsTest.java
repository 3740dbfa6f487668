package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In every overlay, each service runs as its own module configures it, behind a Service, a PDB and an autoscaler. */
class ServiceManifestsTest {

    /** The Secret the operator creates in production; the local overlay generates it. */
    static final String EXTERNAL_SECRET = "streampulse-secrets";

    static Stream<Arguments> overlaysAndServices() {
        return Arrays.stream(Overlay.values())
            .flatMap(overlay -> Arrays.stream(ServiceModule.values()).map(service -> Arguments.of(overlay, service)));
    }

    static List<String> deploymentViolations(Manifests manifests, ServiceModule service) {
        JsonNode deployment = manifests.find("Deployment", service.module).orElse(null);
        if (deployment == null) {
            return List.of("no Deployment named " + service);
        }
        JsonNode container = Workloads.container(deployment, service.module);
        if (container.isMissingNode()) {
            return List.of("Deployment " + service + " has no container named " + service);
        }
        ServiceConfig config = service.config();
        int port = WorkloadChecks.effectivePort(container, "MICRONAUT_SERVER_PORT", config.port());
        List<String> violations = new ArrayList<>();
        violations.addAll(WorkloadChecks.port(container, port));
        violations.addAll(WorkloadChecks.probes(container, port, WorkloadChecks.SERVICE_PROBES));
        violations.addAll(WorkloadChecks.environment(container, config.environmentVariables()));
        violations.addAll(WorkloadChecks.references(container, manifests, EXTERNAL_SECRET));
        violations.addAll(WorkloadChecks.resources(container));
        violations.addAll(WorkloadChecks.hardening(deployment, container));
        violations.addAll(WorkloadChecks.prometheusAnnotations(deployment, port));
        violations.addAll(ServiceChecks.serviceRoutesTo(manifests, deployment, container, port));
        violations.addAll(ServiceChecks.disruptionBudgetCovers(manifests, deployment));
        if (!container.path("image").asText().contains("/" + service.module)) {
            violations.add("image " + container.path("image").asText() + " is not the " + service + " image");
        }
        return violations;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void deploymentServiceAndDisruptionBudgetMatchTheService(Overlay overlay, ServiceModule service) {
        // Given the rendered overlay, When the service's resources are checked against its application.yml
        List<String> violations = deploymentViolations(overlay.render(), service);

        // Then nothing is wrong
        assertThat(violations).as(overlay + " / " + service).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void eachServiceHasOneAutoscalerWithinItsPartitions(Overlay overlay, ServiceModule service) {
        assertThat(AutoscalerChecks.violations(overlay.render(), service)).as(overlay + " / " + service).isEmpty();
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotServeIsReported() {
        // Given the local overlay with refresh's readiness probe on /healthz
        Manifests manifests = Overlay.LOCAL.render().mutableCopy();
        readinessProbe(manifests, ServiceModule.REFRESH).put("path", "/healthz");

        // When / Then
        assertThat(deploymentViolations(manifests, ServiceModule.REFRESH))
            .containsExactly("readinessProbe checks /healthz, the service serves it on /health/readiness");
    }

    @Test
    void aProbeOnAnotherPortIsReported() {
        Manifests manifests = Overlay.LOCAL.render().mutableCopy();
        readinessProbe(manifests, ServiceModule.API).put("port", 9999);

        assertThat(deploymentViolations(manifests, ServiceModule.API))
            .containsExactly("readinessProbe port 9999 is not the service port 8080");
    }

    @Test
    void aVariableTheServiceDoesNotReadIsReported() {
        // Given archive, which never calls Twitch, with TWITCH_CLIENT_ID set
        Manifests manifests = Overlay.BASE.render().mutableCopy();
        JsonNode container = Workloads.container(manifests.require("Deployment", "archive-service"), "archive-service");
        ((ArrayNode) container.path("env")).addObject().put("name", "TWITCH_CLIENT_ID").put("value", "someone");

        assertThat(deploymentViolations(manifests, ServiceModule.ARCHIVE)).singleElement().asString()
            .startsWith("sets TWITCH_CLIENT_ID, which the program does not read");
    }

    @Test
    void aLiteralSecretIsReported() {
        Manifests manifests = Overlay.BASE.render().mutableCopy();
        JsonNode container = Workloads.container(manifests.require("Deployment", "ingest-service"), "ingest-service");
        for (JsonNode env : container.path("env")) {
            if ("TWITCH_CLIENT_SECRET".equals(env.path("name").asText())) {
                ((ObjectNode) env).remove("valueFrom");
                ((ObjectNode) env).put("value", "hunter2");
            }
        }

        assertThat(deploymentViolations(manifests, ServiceModule.INGEST))
            .containsExactly("secret TWITCH_CLIENT_SECRET must come from a Secret (secretKeyRef)");
        assertThat(SecretRules.literalSecrets(manifests))
            .containsExactly("ingest-service sets secret TWITCH_CLIENT_SECRET to a literal value");
    }

    @Test
    void aMissingDisruptionBudgetIsReported() {
        Manifests manifests = Overlay.PRODUCTION.render().without("PodDisruptionBudget", "api-service");

        assertThat(deploymentViolations(manifests, ServiceModule.API))
            .containsExactly("no PodDisruptionBudget selects the pods of api-service");
    }

    @Test
    void missingLimitsRootUserAWrongSelectorAndAWrongScrapePortAreReported() {
        // Given aggregator without limits, running as root, with a Service selecting other pods
        Manifests manifests = Overlay.BASE.render().mutableCopy();
        JsonNode deployment = manifests.require("Deployment", "aggregator-service");
        ObjectNode container = (ObjectNode) Workloads.container(deployment, "aggregator-service");
        ((ObjectNode) container.path("resources")).remove("limits");
        ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).put("runAsUser", 0);
        ((ObjectNode) deployment.at("/spec/template/metadata/annotations")).put("prometheus.io/port", "9000");
        ((ObjectNode) manifests.require("Service", "aggregator-service").at("/spec/selector"))
            .put("app.kubernetes.io/name", "aggregator");

        // Then each is reported
        assertThat(deploymentViolations(manifests, ServiceModule.AGGREGATOR)).hasSize(5)
            .contains("resources.limits.cpu is not set", "resources.limits.memory is not set")
            .anySatisfy(v -> assertThat(v).startsWith("pod must run as non-root uid 10001"))
            .anySatisfy(v -> assertThat(v).startsWith("Prometheus scrape annotations must name port 8084"))
            .anySatisfy(v -> assertThat(v).startsWith("Service aggregator-service selector {app.kubernetes.io/name=aggregator}"));
    }

    @Test
    void moreConsumerReplicasThanPartitionsAreReported() {
        Manifests manifests = Overlay.PRODUCTION.render().mutableCopy();
        ((ObjectNode) manifests.require("ScaledObject", "archive-service").path("spec")).put("maxReplicaCount", 13);

        assertThat(AutoscalerChecks.violations(manifests, ServiceModule.ARCHIVE)).singleElement().asString()
            .startsWith("ScaledObject maxReplicaCount 13 exceeds 12 partitions");
    }

    @Test
    void aMissingOrSecondAutoscalerIsReported() {
        Manifests base = Overlay.BASE.render();
        Manifests withoutHpa = base.without("HorizontalPodAutoscaler", "api-service");
        JsonNode extraHpa = base.require("HorizontalPodAutoscaler", "ingest-service").deepCopy();
        ((ObjectNode) extraHpa.path("spec").path("scaleTargetRef")).put("name", "refresh-service");

        assertThat(AutoscalerChecks.violations(withoutHpa, ServiceModule.API)).containsExactly(
            "api-service needs exactly one autoscaler, has 0 HorizontalPodAutoscaler(s) and 0 ScaledObject(s)");
        assertThat(AutoscalerChecks.violations(base.with(extraHpa), ServiceModule.REFRESH)).containsExactly(
            "refresh-service needs exactly one autoscaler, has 1 HorizontalPodAutoscaler(s) and 1 ScaledObject(s)");
    }

    private static ObjectNode readinessProbe(Manifests manifests, ServiceModule service) {
        JsonNode container = Workloads.container(manifests.require("Deployment", service.module), service.module);
        return (ObjectNode) container.path("readinessProbe").path("httpGet");
    }
}
