package io.streampulse.contracts.examples;

import io.streampulse.contracts.topic.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example message of every topic and event type, shipped on the classpath of contracts as
 * {@code examples/<topic>/<name>.json} and listed in {@code examples/index.txt}. The contracts tests
 * serialise them from real records, so they are the producer side of a contract test: a consumer's test
 * reads them with {@link #read(Topic, String)} and feeds them to its listener or topology.
 */
public final class ContractExamples {

    public static final String INDEX = "examples/index.txt";

    private ContractExamples() {
    }

    /** Every example path, e.g. {@code examples/twitch.channel.events.v1/channel.cheer.json}. */
    public static List<String> paths() {
        return new String(bytes(INDEX), StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The example paths of one topic. */
    public static List<String> paths(Topic<?, ?> topic) {
        String prefix = "examples/" + topic.name() + "/";
        return paths().stream().filter(path -> path.startsWith(prefix)).toList();
    }

    /** The path of a named example of a topic (name without ".json"). */
    public static String path(Topic<?, ?> topic, String name) {
        return "examples/" + topic.name() + "/" + name + ".json";
    }

    /** The raw bytes of an example, as a producer would write them (pretty-printed). */
    public static byte[] bytes(String path) {
        try (InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract example " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named example of a topic decoded with the topic's value serde. */
    public static <V> V read(Topic<?, V> topic, String name) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes(path(topic, name)));
    }
}
