package io.streampulse.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options of a subcommand: {@code --name value} pairs and bare {@code --flag}s. A benchmark reads what it knows
 * (with defaults) and then calls {@link #rejectUnread()}, so a misspelt option fails the run before it starts.
 */
public final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();

    private Args() {
    }

    public static Args parse(List<String> tokens) {
        Args args = new Args();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--") || token.length() < 3) {
                throw new IllegalArgumentException("expected --option, got '" + token + "'");
            }
            String name = token.substring(2);
            boolean hasValue = i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--");
            args.values.put(name, hasValue ? tokens.get(++i) : "true");
        }
        return args;
    }

    public int integer(String name, int defaultValue) {
        String v = value(name);
        return v == null ? defaultValue : Integer.parseInt(v.replace("_", "").replace(",", ""));
    }

    public double decimal(String name, double defaultValue) {
        String v = value(name);
        return v == null ? defaultValue : Double.parseDouble(v);
    }

    public String text(String name, String defaultValue) {
        String v = value(name);
        return v == null ? defaultValue : v;
    }

    public boolean flag(String name) {
        String v = value(name);
        return v != null && !v.equals("false");
    }

    /** Fails on any option no read method asked for. */
    public void rejectUnread() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
        }
    }

    private String value(String name) {
        read.add(name);
        return values.get(name);
    }
}
