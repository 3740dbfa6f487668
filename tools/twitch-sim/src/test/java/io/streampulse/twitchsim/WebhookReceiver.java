package io.streampulse.twitchsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A tiny EventSub webhook endpoint for tests: records every request and answers as told. */
final class WebhookReceiver implements AutoCloseable {
    enum ChallengeReply { ECHO, WRONG_BODY, JSON_CONTENT_TYPE, SERVER_ERROR }

    record Received(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return TestHttp.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String messageType() {
            return header("Twitch-Eventsub-Message-Type");
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile ChallengeReply challengeReply = ChallengeReply.ECHO;
    private volatile int notificationStatus = 204;

    WebhookReceiver() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/eventsub", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/eventsub";
    }

    void challengeReply(ChallengeReply reply) {
        this.challengeReply = reply;
    }

    void notificationStatus(int status) {
        this.notificationStatus = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> ofType(String messageType) {
        return received.stream().filter(r -> messageType.equals(r.messageType())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        Received message = new Received(headers, exchange.getRequestBody().readAllBytes());
        received.add(message);
        if ("webhook_callback_verification".equals(message.messageType())) {
            answerChallenge(exchange, message.json().get("challenge").asText());
        } else {
            exchange.sendResponseHeaders(notificationStatus, -1);
        }
        exchange.close();
    }

    private void answerChallenge(HttpExchange exchange, String challenge) throws IOException {
        ChallengeReply reply = challengeReply;
        if (reply == ChallengeReply.SERVER_ERROR) {
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        String body = reply == ChallengeReply.WRONG_BODY ? challenge + "x"
                : reply == ChallengeReply.JSON_CONTENT_TYPE ? "\"" + challenge + "\"" : challenge;
        exchange.getResponseHeaders().set("Content-Type",
                reply == ChallengeReply.JSON_CONTENT_TYPE ? "application/json" : "text/plain");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
