package io.streampulse.localstack;

import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.ServiceSpec;
import io.streampulse.localstack.services.StackEndpoints;
import io.streampulse.localstack.services.TwitchSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The block printed once everything is ready: where each part answers, and how long it took. */
final class ReadySummary {

    private final Console console;
    private final StackEndpoints endpoints;
    private final TwitchSettings twitch;
    private final List<ServiceSpec> services;

    ReadySummary(Console console, StackEndpoints endpoints, TwitchSettings twitch, List<ServiceSpec> services) {
        this.console = console;
        this.endpoints = endpoints;
        this.twitch = twitch;
        this.services = services;
    }

    void print(Duration timeToReady) {
        lines(timeToReady).forEach(console::println);
    }

    List<String> lines(Duration timeToReady) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("StreamPulse local stack ready in " + Console.seconds(timeToReady)
                + " (" + services.size() + " service(s)). Ctrl-C stops everything.");
        services.stream().filter(s -> s.name().equals("api")).findFirst().ifPresent(api -> {
            row(lines, "API", api.baseUrl() + "/");
            row(lines, "API docs", api.baseUrl() + "/swagger-ui");
        });
        services.forEach(s -> row(lines, s.name() + " health", s.baseUrl() + "/health"));
        if (twitch.external()) {
            row(lines, "Twitch", twitch.variables().get(TwitchSettings.HELIX_URL));
        } else {
            String admin = ServiceCatalog.SIMULATOR.baseUrl() + "/admin";
            row(lines, "Twitch simulator", admin + "/world  (also " + admin + "/stats, " + admin + "/truth/sessions)");
        }
        row(lines, "Kafka bootstrap", endpoints.kafkaBootstrapServers());
        row(lines, "PostgreSQL", endpoints.postgres().toString());
        row(lines, "Redis", endpoints.redis().toString());
        lines.add("");
        return lines;
    }

    private static void row(List<String> lines, String label, String value) {
        lines.add(String.format("  %-18s %s", label, value));
    }
}
