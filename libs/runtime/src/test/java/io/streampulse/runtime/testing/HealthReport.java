package io.streampulse.runtime.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One answer of a Micronaut health endpoint ({@code /health}, {@code /health/readiness}, ...):
 * the HTTP status, the overall status, and the status of each component by name.
 */
public record HealthReport(int httpStatus, String status, Map<String, String> components,
                           Map<String, Object> body) {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    /** GETs {@code path}; a 503 is an answer too (DOWN), not an error. */
    public static HealthReport get(BlockingHttpClient http, String path) {
        try {
            HttpResponse<Map<String, Object>> response = http.exchange(HttpRequest.GET(path), JSON);
            return of(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return of(e.code(), e.getResponse().getBody(JSON).orElse(Map.of()));
        }
    }

    /** Polls {@code path} until it answers {@code httpStatus} (readiness waits for topics, Kafka, ...). */
    public static HealthReport await(BlockingHttpClient http, String path, int httpStatus) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
            .until(() -> get(http, path), report -> report.httpStatus() == httpStatus);
    }

    /** The details of one component, e.g. {@code component("redis")}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> component(String name) {
        Map<String, Object> details = (Map<String, Object>) body.getOrDefault("details", Map.of());
        return (Map<String, Object>) details.getOrDefault(name, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static HealthReport of(int httpStatus, Map<String, Object> body) {
        Map<String, String> components = new TreeMap<>();
        Map<String, Object> details = (Map<String, Object>) body.getOrDefault("details", Map.of());
        details.forEach((name, value) -> components.put(name, String.valueOf(((Map<String, Object>) value).get("status"))));
        return new HealthReport(httpStatus, String.valueOf(body.get("status")), components, body);
    }
}
