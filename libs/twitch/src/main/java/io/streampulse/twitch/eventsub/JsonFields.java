package io.streampulse.twitch.eventsub;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading one JSON object field by field; a missing required field raises {@link MalformedPayload}. */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new MalformedPayload(path + " must be a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    JsonFields object(String field) {
        return new JsonFields(node.get(field), path + "." + field);
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** Non-empty text. */
    String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw new MalformedPayload("missing " + path + "." + field);
        }
        return value;
    }

    /** Text that may be "" (titles, messages); null is refused. */
    String textAllowEmpty(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            throw new MalformedPayload("missing " + path + "." + field);
        }
        return v.asText();
    }

    /** Text, with absent, null and "" all read as null. */
    String optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new MalformedPayload(path + "." + field + " must be a string");
        }
        String text = v.asText();
        return text.isEmpty() ? null : text;
    }

    int integer(String field) {
        Integer value = optionalInteger(field);
        if (value == null) {
            throw new MalformedPayload("missing " + path + "." + field);
        }
        return value;
    }

    Integer optionalInteger(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new MalformedPayload(path + "." + field + " must be an integer");
        }
        return v.intValue();
    }

    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw new MalformedPayload("missing boolean " + path + "." + field);
        }
        return v.booleanValue();
    }

    Instant instant(String field) {
        String text = text(field);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(path + "." + field + " is not an RFC 3339 time: " + text);
        }
    }

    Instant optionalInstant(String field) {
        return has(field) ? instant(field) : null;
    }

    List<String> textList(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new MalformedPayload(path + "." + field + " must be an array");
        }
        List<String> values = new ArrayList<>();
        v.forEach(e -> values.add(e.asText()));
        return List.copyOf(values);
    }

    List<JsonFields> objects(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new MalformedPayload(path + "." + field + " must be an array");
        }
        List<JsonFields> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            values.add(new JsonFields(v.get(i), path + "." + field + "[" + i + "]"));
        }
        return values;
    }

    /** A flat object of scalar values as strings (subscription conditions). */
    Map<String, String> stringMap(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new MalformedPayload(path + "." + field + " must be an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                values.put(e.getKey(), e.getValue().asText());
            }
        });
        return values;
    }

    /** Thrown while reading; turned into {@link EventSubParseResult.Malformed} by the parser. */
    static final class MalformedPayload extends RuntimeException {
        MalformedPayload(String message) {
            super(message, null, false, false);
        }
    }
}
