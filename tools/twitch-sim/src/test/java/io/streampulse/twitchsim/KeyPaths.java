package io.streampulse.twitchsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The set of key paths of a JSON document ("data[].user_id"), for comparing shapes with the Twitch fixtures. */
final class KeyPaths {
    private KeyPaths() {
    }

    static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    static JsonNode fixture(String name) {
        try (InputStream in = KeyPaths.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return TestHttp.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            collect(node.get(0), prefix + "[]", paths);
        }
    }
}
