package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Only the api and the EventSub webhook are reachable from outside, both over TLS. */
class NetworkExposureTest {

    static final String WEBHOOK_PATH = "/webhooks/eventsub";

    static Set<String> exposedServices() {
        Set<String> exposed = new TreeSet<>();
        Arrays.stream(ServiceModule.values()).filter(s -> s.exposed).forEach(s -> exposed.add(s.module));
        return exposed;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlay.class)
    void onlyTheApiAndTheWebhookAdmitTrafficFromOutsideTheNamespace(Overlay overlay) {
        // Given the rendered overlay, When its NetworkPolicies are evaluated for every workload
        Set<String> reachable = NetworkChecks.reachableFromOutside(overlay.render());

        // Then exactly the two public services are reachable from outside
        assertThat(reachable).containsExactlyElementsOf(exposedServices());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlay.class)
    void theWebhookAndTheApiArePublishedOverTlsAndNothingElseIs(Overlay overlay) {
        Manifests manifests = overlay.render();

        assertThat(NetworkChecks.publishedOverTls(manifests, ServiceModule.INGEST.module, WEBHOOK_PATH)).isEmpty();
        assertThat(NetworkChecks.publishedOverTls(manifests, ServiceModule.API.module, "/")).isEmpty();
        assertThat(NetworkChecks.ingressBackends(manifests)).containsExactlyElementsOf(exposedServices());
    }

    @Test
    void aPolicyAdmittingEveryNamespaceExposesAWorker() {
        // Given a policy that lets any namespace reach refresh
        Manifests base = Overlay.BASE.render();
        ObjectNode policy = base.require("NetworkPolicy", "allow-external-api").deepCopy();
        ((ObjectNode) policy.path("metadata")).put("name", "too-open");
        ((ObjectNode) policy.at("/spec/podSelector/matchLabels")).put("app.kubernetes.io/name", "refresh-service");
        ArrayNode from = ((ObjectNode) policy.at("/spec/ingress/0")).putArray("from");
        from.addObject().putObject("namespaceSelector");

        // Then refresh is reachable from outside
        assertThat(NetworkChecks.reachableFromOutside(base.with(policy)))
            .containsExactly("api-service", "ingest-service", "refresh-service");
    }

    @Test
    void withoutNetworkPoliciesEveryWorkloadIsReachable() {
        // Given the local overlay without the policies that isolate its pods
        Manifests open = Overlay.LOCAL.render()
            .without("NetworkPolicy", "default-deny-ingress")
            .without("NetworkPolicy", "allow-same-namespace")
            .without("NetworkPolicy", "allow-prometheus-scrape");

        // Then every workload, infrastructure and simulator included, is reachable
        assertThat(NetworkChecks.reachableFromOutside(open)).containsExactly("aggregator-service", "api-service",
            "archive-service", "ingest-service", "postgres", "redis", "refresh-service", "twitch-sim");
    }

    @Test
    void aWebhookIngressWithoutTlsIsReported() {
        Manifests manifests = Overlay.PRODUCTION.render().mutableCopy();
        JsonNode ingress = manifests.require("Ingress", "ingest-webhook");
        ((ObjectNode) ingress.path("spec")).remove("tls");

        assertThat(NetworkChecks.publishedOverTls(manifests, "ingest-service", WEBHOOK_PATH)).containsExactly(
            "Ingress ingest-webhook serves eventsub.streampulse.example.com/webhooks/eventsub without TLS (tls hosts: [])");
    }
}
