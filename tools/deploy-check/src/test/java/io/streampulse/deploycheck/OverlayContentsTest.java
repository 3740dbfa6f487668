package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What distinguishes the overlays: the simulator and generated credentials locally, real Twitch in production. */
class OverlayContentsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Overlay.class, names = {"BASE", "PRODUCTION"})
    void containsNoSecretValues(Overlay overlay) {
        Manifests manifests = overlay.render();

        assertThat(SecretRules.literalSecrets(manifests)).isEmpty();
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @Test
    void localOverlayOnlyGeneratesTheDocumentedLocalSecret() {
        Manifests local = Overlay.LOCAL.render();

        assertThat(local.ofKind("Secret")).extracting(Manifests::name).singleElement().asString()
            .startsWith(ServiceManifestsTest.EXTERNAL_SECRET + "-");
        assertThat(SecretRules.literalSecrets(local.without("Secret", Manifests.name(local.ofKind("Secret").get(0)))))
            .isEmpty();
    }

    @Test
    void aSecretWithDataInProductionIsReported() {
        Manifests production = Overlay.PRODUCTION.render();
        JsonNode secret = Overlay.LOCAL.render().ofKind("Secret").get(0);

        assertThat(SecretRules.literalSecrets(production.with(secret))).singleElement().asString()
            .endsWith("carries literal data");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlay.class)
    void theSimulatorIsDeployedOnlyWhereTheOverlaySaysSo(Overlay overlay) {
        Manifests manifests = overlay.render();
        List<String> simulatorImages = new ArrayList<>();
        manifests.workloads().forEach(w -> Workloads.allContainers(w).stream()
            .map(c -> c.path("image").asText()).filter(i -> i.contains(SimulatorConfig.NAME)).forEach(simulatorImages::add));

        assertThat(manifests.find("Deployment", SimulatorConfig.NAME).isPresent()).isEqualTo(overlay.simulator);
        assertThat(manifests.find("Service", SimulatorConfig.NAME).isPresent()).isEqualTo(overlay.simulator);
        assertThat(simulatorImages.isEmpty()).isEqualTo(!overlay.simulator);
    }

    @Test
    void productionTalksToTheRealTwitchAndRegistersTheWebhookItPublishes() {
        // Given the production configuration
        Manifests production = Overlay.PRODUCTION.render();
        JsonNode config = production.ofKind("ConfigMap").get(0).path("data");
        URI callback = URI.create(config.path("twitch.eventsub-callback-url").asText());

        // Then Helix and OAuth are Twitch's, and the callback is https on the webhook Ingress host
        assertThat(config.path("twitch.helix-url").asText()).isEqualTo("https://api.twitch.tv/helix");
        assertThat(config.path("twitch.auth-url").asText()).isEqualTo("https://id.twitch.tv/oauth2");
        assertThat(callback.getScheme()).isEqualTo("https");
        assertThat(callback.getPath()).isEqualTo(NetworkExposureTest.WEBHOOK_PATH);
        assertThat(production.require("Ingress", "ingest-webhook").at("/spec/rules/0/host").asText())
            .isEqualTo(callback.getHost());
    }

    @Test
    void localServicesTalkToTheSimulatorWithTheSameClientCredentials() {
        // Given the local overlay's configuration and simulator
        Manifests local = Overlay.LOCAL.render();
        JsonNode config = local.ofKind("ConfigMap").get(0).path("data");
        JsonNode simulator = local.require("Deployment", SimulatorConfig.NAME);
        JsonNode container = Workloads.container(simulator, SimulatorConfig.NAME);
        int port = WorkloadChecks.effectivePort(container, "SIM_PORT", SimulatorConfig.DEFAULT_PORT);

        // Then Helix and OAuth URLs point at the simulator's Service and port
        String simulatorUrl = "http://" + SimulatorConfig.NAME + ":" + port;
        assertThat(config.path("twitch.helix-url").asText()).isEqualTo(simulatorUrl + "/helix");
        assertThat(config.path("twitch.auth-url").asText()).isEqualTo(simulatorUrl + "/oauth2");
        // And the simulator's client id and secret come from the keys the services use
        assertThat(valueSource(container, "SIM_CLIENT_ID")).isEqualTo(valueSource(serviceContainer(local), "TWITCH_CLIENT_ID"));
        assertThat(valueSource(container, "SIM_CLIENT_SECRET"))
            .isEqualTo(valueSource(serviceContainer(local), "TWITCH_CLIENT_SECRET"));
    }

    @Test
    void theSimulatorRunsAsItIsConfigured() {
        Manifests local = Overlay.LOCAL.render();
        JsonNode simulator = local.require("Deployment", SimulatorConfig.NAME);
        JsonNode container = Workloads.container(simulator, SimulatorConfig.NAME);
        int port = WorkloadChecks.effectivePort(container, "SIM_PORT", SimulatorConfig.DEFAULT_PORT);

        List<String> violations = new ArrayList<>();
        violations.addAll(WorkloadChecks.port(container, port));
        violations.addAll(WorkloadChecks.probes(container, port, WorkloadChecks.SIMULATOR_PROBES));
        violations.addAll(WorkloadChecks.environment(container, SimulatorConfig.environmentVariables()));
        violations.addAll(WorkloadChecks.references(container, local, null));
        violations.addAll(WorkloadChecks.resources(container));
        violations.addAll(WorkloadChecks.hardening(simulator, container));
        violations.addAll(ServiceChecks.serviceRoutesTo(local, simulator, container, port));
        assertThat(violations).isEmpty();
    }

    @Test
    void aReferenceToAMissingConfigKeyIsReported() {
        Manifests local = Overlay.LOCAL.render().mutableCopy();
        JsonNode container = Workloads.container(local.require("Deployment", SimulatorConfig.NAME), SimulatorConfig.NAME);
        for (JsonNode env : container.path("env")) {
            if ("SIM_CLIENT_ID".equals(env.path("name").asText())) {
                ((ObjectNode) env.at("/valueFrom/configMapKeyRef")).put("key", "twitch.client-idd");
            }
        }

        assertThat(WorkloadChecks.references(container, local, null)).singleElement().asString()
            .startsWith("SIM_CLIENT_ID refers to key twitch.client-idd missing from ConfigMap streampulse-config-");
    }

    private static JsonNode serviceContainer(Manifests manifests) {
        return Workloads.container(manifests.require("Deployment", "ingest-service"), "ingest-service");
    }

    /** Where an env var's value comes from (its valueFrom), or its literal value. */
    private static String valueSource(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText())) {
                return env.has("valueFrom") ? env.path("valueFrom").toString() : env.path("value").asText();
            }
        }
        return "<" + variable + " not set>";
    }
}
