package io.streampulse.twitchsim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One HTTP request and its answer: query/form parsing and the few ways the simulator responds. */
public final class HttpCall {
    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private byte[] body;
    private int status;

    HttpCall(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = parseForm(exchange.getRequestURI().getRawQuery());
    }

    public String method() { return exchange.getRequestMethod(); }
    public String path() { return exchange.getRequestURI().getPath(); }
    public Map<String, List<String>> query() { return query; }
    public String header(String name) { return exchange.getRequestHeaders().getFirst(name); }
    public boolean responded() { return status != 0; }
    public int status() { return status; }

    /** All values of a repeated query parameter, in order. */
    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public byte[] body() {
        if (body == null) {
            try {
                body = exchange.getRequestBody().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** Query parameters merged with an application/x-www-form-urlencoded body (body wins). */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        query.forEach((k, v) -> form.put(k, v.get(0)));
        parseForm(new String(body(), StandardCharsets.UTF_8)).forEach((k, v) -> form.put(k, v.get(0)));
        return form;
    }

    public void responseHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    public void json(int code, Object value) {
        send(code, "application/json", Json.bytes(value));
    }

    public void text(int code, String contentType, String text) {
        send(code, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response without body (204, or 200 with Content-Length 0). */
    public void empty(int code) {
        status = code;
        try {
            exchange.sendResponseHeaders(code, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchange.close();
        }
    }

    public void redirect(String location) {
        responseHeader("Location", location);
        empty(302);
    }

    private void send(int code, String contentType, byte[] bytes) {
        status = code;
        responseHeader("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchange.close();
        }
    }

    /** Parses {@code a=1&b=2&a=3} (URL-decoded, '+' = space) into an ordered multi-map. */
    public static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
