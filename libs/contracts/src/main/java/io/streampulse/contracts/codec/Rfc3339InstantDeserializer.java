package io.streampulse.contracts.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads instants only from RFC 3339 strings with an offset ("2021-03-10T15:04:21Z", "...+02:00"); numbers
 * (epoch values) and offset-less texts are rejected instead of guessed.
 */
final class Rfc3339InstantDeserializer extends StdScalarDeserializer<Instant> {

    Rfc3339InstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser.currentToken(), parser,
                "expected an RFC 3339 date-time string such as \"2021-03-10T15:04:21Z\"");
        }
        String text = parser.getText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text,
                "not an RFC 3339 date-time with offset (e.g. \"2021-03-10T15:04:21Z\")");
        }
    }
}
