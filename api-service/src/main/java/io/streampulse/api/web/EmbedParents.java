package io.streampulse.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The extra domains given to Twitch's embeds as {@code parent} (the page's own host is always added by the
 * browser): needed when the pages are also reached under other names, e.g. behind a second domain.
 * Each must be a plain host name; anything else fails start-up rather than produce broken embeds.
 */
final class EmbedParents {

    private static final Pattern HOST = Pattern.compile(
        "^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");

    private EmbedParents() {
    }

    /** "a.example, B.example" -> [a.example, b.example]; blank -> []; repeats are dropped. */
    static List<String> parse(String setting) {
        List<String> parents = new ArrayList<>();
        if (setting == null) {
            return parents;
        }
        for (String part : setting.split(",")) {
            String host = part.trim().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(host).matches()) {
                throw new IllegalArgumentException("streampulse.web.embed-parents: '" + part.trim()
                    + "' is not a host name (give host names only, separated by commas, e.g. stream.example.com)");
            }
            if (!parents.contains(host)) {
                parents.add(host);
            }
        }
        return List.copyOf(parents);
    }
}
