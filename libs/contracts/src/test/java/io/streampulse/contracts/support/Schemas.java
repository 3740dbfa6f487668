package io.streampulse.contracts.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates JSON against the topic schemas on the classpath with a real draft 2020-12 validator. */
public final class Schemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(m -> m.mapPrefix("https://streampulse.io/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
        .formatAssertionsEnabled(true)
        .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    public static String resource(String topicName) {
        return "schemas/" + topicName + ".schema.json";
    }

    /** The validation errors of a JSON value against the schema of a topic; empty when valid. */
    public static List<String> errors(String topicName, byte[] json) {
        try {
            return errors(topicName, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> errors(String topicName, JsonNode json) {
        JsonSchema schema = CACHE.computeIfAbsent(topicName,
            name -> FACTORY.getSchema(SchemaLocation.of("classpath:" + resource(name)), CONFIG));
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
