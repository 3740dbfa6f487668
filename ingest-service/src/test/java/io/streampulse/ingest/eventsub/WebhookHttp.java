package io.streampulse.ingest.eventsub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Posts deliveries to a running service exactly as built: raw bytes, the given headers, nothing re-encoded. */
final class WebhookHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    WebhookHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    HttpResponse<String> post(SignedDelivery delivery) {
        return send(delivery).join();
    }

    CompletableFuture<HttpResponse<String>> send(SignedDelivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        delivery.headers().forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
