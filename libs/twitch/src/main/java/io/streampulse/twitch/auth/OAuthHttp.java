package io.streampulse.twitch.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.TwitchJson;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Form posts and GETs against id.twitch.tv with Twitch's error JSON mapped to {@link TwitchAuthException}. */
final class OAuthHttp {

    private final TwitchConfig config;
    private final HttpClient http;
    private final ObjectMapper json = TwitchJson.mapper();

    OAuthHttp(TwitchConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** POST {authUrl}/{path} as application/x-www-form-urlencoded; completes with the raw 2xx response. */
    CompletableFuture<HttpResponse<String>> postForm(String path, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        return send(request);
    }

    /** GET {authUrl}/{path} with {@code Authorization: OAuth <token>}; completes with the raw response (any status). */
    CompletableFuture<HttpResponse<String>> getWithToken(String path, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(config.requestTimeout())
                .header("Authorization", "OAuth " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .exceptionally(e -> {
                    throw new CompletionException(new TwitchAuthException(0, null, e.toString(), e));
                });
    }

    <T> T parse(HttpResponse<String> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new TwitchAuthException(response.statusCode(), "Malformed response", e.getMessage(), e);
        }
    }

    TwitchAuthException errorOf(HttpResponse<String> response) {
        String error = null;
        String message = null;
        try {
            JsonNode body = json.readTree(response.body());
            error = body.path("error").isTextual() ? body.get("error").asText() : null;
            message = body.path("message").isTextual() ? body.get("message").asText() : null;
        } catch (IOException | RuntimeException ignored) {
            message = "non-JSON error body";
        }
        return new TwitchAuthException(response.statusCode(), error, message, null);
    }

    String clientId() {
        return config.clientId();
    }

    String clientSecret() {
        return config.clientSecret();
    }

    URI uri(String path) {
        return URI.create(config.authUrl() + "/" + path);
    }

    static String encode(Map<String, String> form) {
        StringJoiner joined = new StringJoiner("&");
        form.forEach((k, v) -> joined.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, e) -> {
                    if (e != null) {
                        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                        throw new CompletionException(new TwitchAuthException(0, null, cause.toString(), cause));
                    }
                    if (response.statusCode() / 100 != 2) {
                        throw new CompletionException(errorOf(response));
                    }
                    return response;
                });
    }
}
