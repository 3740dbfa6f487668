package io.streampulse.contracts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/asyncapi.yaml describes exactly the registry's topics, schema files and examples. */
class AsyncApiTest {

    private static final Path DOC = Path.of("../../docs/asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        doc = YAML.readTree(DOC.toFile());
    }

    static Stream<Topic<?, ?>> topics() {
        return Topics.all().stream();
    }

    @Test
    void isAnAsyncApi3DocumentNamingExactlyTheRegistryTopics() {
        List<String> addresses = channels().map(c -> c.path("address").asText()).toList();

        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(addresses).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(Topic::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void channelStatesTheRegistrysWriterReadersPartitionsAndRetention(Topic<?, ?> topic) {
        JsonNode channel = channel(topic);
        JsonNode kafka = channel.path("bindings").path("kafka");

        assertThat(channel.path("x-writer").asText()).isEqualTo(topic.writer());
        assertThat(texts(channel.path("x-readers"))).isEqualTo(topic.readers());
        assertThat(channel.path("x-partitions").asInt()).isEqualTo(topic.partitions());
        assertThat(channel.path("x-cleanup-policy").asText()).isEqualTo(topic.cleanupPolicy().configValue());
        assertThat(channel.path("x-retention-ms").asLong()).isEqualTo(topic.retention().toMillis());
        assertThat(kafka.path("topic").asText()).isEqualTo(topic.name());
        assertThat(kafka.path("partitions").asInt()).isEqualTo(topic.partitions());
        assertThat(texts(kafka.path("topicConfiguration").path("cleanup.policy")))
            .containsExactly(topic.cleanupPolicy().configValue());
        assertThat(kafka.path("topicConfiguration").path("retention.ms").asLong()).isEqualTo(topic.retention().toMillis());
        assertThat(channel.path("description").asText()).isEqualTo(topic.description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void payloadsReferenceTheTopicSchemaFile(Topic<?, ?> topic) throws IOException {
        for (JsonNode message : messages(topic)) {
            String ref = message.path("payload").path("schema").path("$ref").asText();
            String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
            JsonNode schema = JSON.readTree(DOC.getParent().resolve(file).toFile());

            assertThat(file).endsWith("/schemas/" + topic.name() + ".schema.json");
            assertThat(schema.at(JsonPointer.compile(fragment)).isMissingNode()).as(ref).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void examplesAreTheShippedExampleFiles(Topic<?, ?> topic) throws IOException {
        List<String> documented = new ArrayList<>();
        for (JsonNode message : messages(topic)) {
            for (JsonNode example : message.path("examples")) {
                String path = ContractExamples.path(topic, example.path("name").asText());
                documented.add(path);
                assertThat(example.path("payload")).as(path).isEqualTo(JSON.readTree(ContractExamples.bytes(path)));
            }
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(ContractExamples.paths(topic));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theWriterHasTheOnlySendOperation(Topic<?, ?> topic) {
        String channelRef = "#/channels/" + channelId(topic);
        List<String> senders = stream(doc.path("operations"))
            .filter(op -> op.path("channel").path("$ref").asText().equals(channelRef))
            .filter(op -> op.path("action").asText().equals("send"))
            .map(op -> op.path("x-service").asText()).toList();

        assertThat(senders).containsExactly(topic.writer());
    }

    private static Stream<JsonNode> channels() {
        return stream(doc.path("channels"));
    }

    private static JsonNode channel(Topic<?, ?> topic) {
        return doc.path("channels").path(channelId(topic));
    }

    private static String channelId(Topic<?, ?> topic) {
        List<String> ids = new ArrayList<>();
        doc.path("channels").fields().forEachRemaining(e -> {
            if (e.getValue().path("address").asText().equals(topic.name())) {
                ids.add(e.getKey());
            }
        });
        assertThat(ids).as("channels with address " + topic.name()).hasSize(1);
        return ids.get(0);
    }

    private static List<JsonNode> messages(Topic<?, ?> topic) {
        List<JsonNode> messages = stream(channel(topic).path("messages"))
            .map(m -> doc.at(JsonPointer.compile(m.path("$ref").asText().substring(1))))
            .toList();
        assertThat(messages).isNotEmpty().noneMatch(JsonNode::isMissingNode);
        return messages;
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }
}
