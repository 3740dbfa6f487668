package io.streampulse.twitch.helix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

/** Builds {@code ?k=v&k=v2}: list parameters repeat the key (never comma lists); keys and values URL-encoded. */
final class QueryString {

    private final StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");

    QueryString add(String key, Object value) {
        if (value != null) {
            parts.add(encode(key) + "=" + encode(value.toString()));
        }
        return this;
    }

    QueryString addAll(String key, Collection<String> values) {
        values.forEach(v -> add(key, v));
        return this;
    }

    QueryString page(PageRequest page) {
        return add("first", page.first()).add("after", page.after()).add("before", page.before());
    }

    @Override
    public String toString() {
        return parts.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
