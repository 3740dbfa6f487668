package io.streampulse.api.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the web assets from the classpath ({@code public/assets}, as packaged) and a blank page at {@code /}, on
 * 127.0.0.1: enough for the browser to import the pure ES modules and run them, without the whole service.
 */
final class AssetServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
        "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");
    private static final byte[] BLANK = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>modules</title></head><body></body></html>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;

    private AssetServer(HttpServer server) {
        this.server = server;
    }

    static AssetServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", AssetServer::serve);
            server.start();
            return new AssetServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
            reply(exchange, 200, "text/html; charset=utf-8", BLANK);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        try (InputStream in = path.startsWith("/assets/") && !path.contains("..")
            ? AssetServer.class.getClassLoader().getResourceAsStream("public" + path) : null) {
            if (in == null || !TYPES.containsKey(extension)) {
                reply(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                reply(exchange, 200, TYPES.get(extension), in.readAllBytes());
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
