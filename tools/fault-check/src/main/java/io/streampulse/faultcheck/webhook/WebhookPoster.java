package io.streampulse.faultcheck.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts EventSub notifications to ingest's webhook the way Twitch does, signed with a secret of our choice. */
public final class WebhookPoster {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What ingest answered. */
    public record Answer(String messageId, int status, String contentType) {
    }

    private final URI callback;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public WebhookPoster(String callbackUrl) {
        this.callback = URI.create(callbackUrl);
    }

    /** The body Twitch sends: {@code {"subscription": {...}, "event": {...}}}. */
    public static byte[] notificationBody(Map<String, Object> subscription, Map<String, Object> event) {
        Map<String, Object> sub = new LinkedHashMap<>(subscription);
        sub.remove("client_id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscription", sub);
        body.put("event", event);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String messageId, Instant sentAt, String signingSecret, String subscriptionType,
                       String subscriptionVersion, byte[] body) {
        String timestamp = EventSubSigner.timestamp(sentAt);
        HttpRequest request = HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Twitch-Eventsub-Message-Id", messageId)
                .header("Twitch-Eventsub-Message-Retry", "0")
                .header("Twitch-Eventsub-Message-Type", "notification")
                .header("Twitch-Eventsub-Message-Signature",
                        EventSubSigner.signature(signingSecret, messageId, timestamp, body))
                .header("Twitch-Eventsub-Message-Timestamp", timestamp)
                .header("Twitch-Eventsub-Subscription-Type", subscriptionType)
                .header("Twitch-Eventsub-Subscription-Version", subscriptionVersion)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(messageId, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            return new Answer(messageId, -1, "no answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(messageId, -1, "interrupted");
        }
    }
}
