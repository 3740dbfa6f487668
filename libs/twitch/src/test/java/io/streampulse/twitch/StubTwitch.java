package io.streampulse.twitch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny scripted Twitch (JDK HttpServer) for unit tests: per path a queue of one-shot answers, then a
 * default answer; every request is recorded. {@code POST /oauth2/token} answers token-1, token-2, ...
 * unless scripted. Answers can be delayed or held until a gate completes, without blocking test threads.
 */
public final class StubTwitch implements AutoCloseable {

    private final HttpServer server;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Answer> defaults = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final java.util.Set<String> rejectedTokens = ConcurrentHashMap.newKeySet();

    private StubTwitch() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public static StubTwitch start() {
        try {
            return new StubTwitch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TwitchConfig config() {
        return TwitchConfig.of(base() + "/helix", base() + "/oauth2", "stub-client-id", "stub-client-secret")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request to {@code path} (no query) once, after those already queued. */
    public StubTwitch enqueue(String path, Answer answer) {
        synchronized (this) {
            scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(answer);
        }
        return this;
    }

    /** Answers every request to {@code path} not scripted otherwise. */
    public StubTwitch respond(String path, Answer answer) {
        defaults.put(path, answer);
        return this;
    }

    /** Every Helix request bearing this token is answered 401 (an expired or revoked token). */
    public StubTwitch rejectToken(String token) {
        rejectedTokens.add(token);
        return this;
    }

    public List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    @Override
    public void close() {
        server.stop(0);
        later.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.add(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body, java.time.Instant.now()));
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        Answer answer = bearer != null && path.startsWith("/helix/")
                && rejectedTokens.contains(bearer.replaceFirst("^Bearer ", ""))
                ? Answer.json(401, "{\"error\":\"Unauthorized\",\"status\":401,\"message\":\"Invalid OAuth token\"}")
                : next(path);
        CompletableFuture<Void> ready = answer.gate() == null ? CompletableFuture.completedFuture(null) : answer.gate();
        ready.thenRun(() -> later.schedule(() -> send(exchange, answer), answer.delay().toMillis(),
                TimeUnit.MILLISECONDS));
    }

    private Answer next(String path) {
        Deque<Answer> queue = scripted.get(path);
        synchronized (this) {
            if (queue != null && !queue.isEmpty()) {
                return queue.pollFirst();
            }
        }
        Answer fallback = defaults.get(path);
        if (fallback != null) {
            return fallback;
        }
        if (path.equals("/oauth2/token")) {
            return Answer.json(200, "{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                    + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}");
        }
        return Answer.json(404, "{\"error\":\"Not Found\",\"status\":404,\"message\":\"no stub for " + path + "\"}");
    }

    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (!answer.body().isEmpty()) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client gave up (timeout tests): nothing to answer
        }
    }

    /** A scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay,
                         CompletableFuture<Void> gate) {

        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of(), Duration.ZERO, null);
        }

        public static Answer empty(int status) {
            return new Answer(status, "", Map.of(), Duration.ZERO, null);
        }

        public Answer withHeaders(Map<String, String> extra) {
            return new Answer(status, body, extra, delay, gate);
        }

        public Answer delayedBy(Duration d) {
            return new Answer(status, body, headers, d, gate);
        }

        public Answer heldUntil(CompletableFuture<Void> g) {
            return new Answer(status, body, headers, delay, g);
        }
    }

    /** One request as received. */
    public record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers,
                           String body, java.time.Instant receivedAt) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
