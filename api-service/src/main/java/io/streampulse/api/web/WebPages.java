package io.streampulse.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML shells of the web pages: {@code public/pages/layout.html} around one page fragment, with a few
 * placeholders ({@code {{name}}}) filled with HTML-escaped values. The shells hold no data: each page's ES module
 * reads the API and builds the DOM with text nodes. Templates are read once, at construction.
 */
final class WebPages {

    /** A Twitch login as the API accepts it. */
    static final Pattern LOGIN = Pattern.compile("^[a-zA-Z0-9_]{1,25}$");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String ROOT = "public/pages/";

    private final String layout;
    private final Map<String, String> fragments;
    private final String embedParents;

    WebPages(List<String> embedParents) {
        this.layout = read("layout.html");
        this.fragments = Map.of(
            "dashboard", read("dashboard.html"),
            "channel", read("channel.html"),
            "watch", read("watch.html"),
            "not-found", read("not-found.html"));
        this.embedParents = String.join(",", embedParents);
    }

    /** The dashboard ({@code /}). */
    String dashboard() {
        return page("Dashboard", "dashboard", "dashboard", Map.of());
    }

    /** The page of one channel, or empty when {@code login} is not a Twitch login. */
    Optional<String> channel(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            return Optional.empty();
        }
        return Optional.of(page(login, "channel", "channel", Map.of("login", login)));
    }

    /** The watch page of the signed-in user's favourite. */
    String watch() {
        return page("Watch", "watch", "watch", Map.of());
    }

    /** A "not found" page saying {@code detail}. */
    String notFound(String detail) {
        return page("Not found", "not-found", "page", Map.of("detail", detail));
    }

    private String page(String title, String fragment, String script, Map<String, String> values) {
        String main = fill(fragments.get(fragment), values);
        return fill(layout, Map.of("title", title, "script", script, "embed_parents", embedParents))
            .replace("{{main}}", main);
    }

    /** Replaces each {@code {{name}}} of {@code values} by its escaped value; unknown names stay as they are. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : escape(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** HTML escaping for text and double- or single-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = WebPages.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page template " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
