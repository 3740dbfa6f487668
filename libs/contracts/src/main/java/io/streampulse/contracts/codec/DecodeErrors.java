package io.streampulse.contracts.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.streampulse.contracts.codec.MalformedRecordException.Problem;
import io.streampulse.contracts.event.UnsupportedSchemaVersionException;
import java.io.IOException;
import java.util.stream.Collectors;

/** Turns whatever decoding threw into a {@link MalformedRecordException} with a readable reason. */
final class DecodeErrors {

    private DecodeErrors() {
    }

    static MalformedRecordException translate(Class<?> type, Exception error) {
        String target = type.getSimpleName();
        if (error instanceof ValueInstantiationException invalid) {
            return fromConstructor(target, invalid);
        }
        if (error instanceof InvalidTypeIdException typeId) {
            String id = typeId.getTypeId();
            String reason = id == null ? "event_type is missing" : "unknown event_type '" + id + "'";
            return new MalformedRecordException(Problem.UNKNOWN_EVENT_TYPE, reason + " for " + target, error);
        }
        if (error instanceof StreamReadException || error instanceof JsonMappingException mapping && isSyntax(mapping)) {
            return new MalformedRecordException(Problem.NOT_JSON, "not valid JSON: " + message(error), error);
        }
        if (error instanceof MismatchedInputException mapping && isNullPrimitive(mapping)) {
            return new MalformedRecordException(Problem.INVALID_FIELD,
                target + ": " + fieldName(mapping) + " is required", error);
        }
        if (error instanceof JsonMappingException mapping) {
            return new MalformedRecordException(Problem.WRONG_TYPE,
                "field " + path(mapping) + " of " + target + ": " + message(error), error);
        }
        if (error instanceof IOException) {
            return new MalformedRecordException(Problem.NOT_JSON, "unreadable input: " + error.getMessage(), error);
        }
        return new MalformedRecordException(Problem.INVALID_FIELD, target + ": " + error, error);
    }

    private static MalformedRecordException fromConstructor(String target, ValueInstantiationException error) {
        Throwable cause = error.getCause() == null ? error : error.getCause();
        Problem problem = cause instanceof UnsupportedSchemaVersionException
            ? Problem.UNSUPPORTED_SCHEMA_VERSION : Problem.INVALID_FIELD;
        String where = path(error);
        String prefix = where.isEmpty() || where.equals("$") ? target : target + " at " + where;
        return new MalformedRecordException(problem, prefix + ": " + cause.getMessage(), error);
    }

    /** Parse errors Jackson reports as mapping errors: empty input, trailing data, a read error inside a field. */
    private static boolean isSyntax(JsonMappingException error) {
        String text = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        boolean emptyOrTrailing = error instanceof MismatchedInputException
            && (text.startsWith("No content to map") || text.startsWith("Trailing token"));
        return emptyOrTrailing || error.getCause() instanceof StreamReadException
            || text.startsWith("Unexpected end-of-input");
    }

    private static boolean isNullPrimitive(MismatchedInputException error) {
        return error.getOriginalMessage() != null && error.getOriginalMessage().startsWith("Cannot map `null`");
    }

    private static String fieldName(JsonMappingException error) {
        String path = path(error);
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    private static String message(Exception error) {
        String text = error instanceof JacksonException jackson ? jackson.getOriginalMessage() : error.getMessage();
        if (text == null) {
            return error.getClass().getSimpleName();
        }
        String firstLine = text.lines().findFirst().orElse(text);
        int noise = firstLine.indexOf(" (start marker at");
        return noise > 0 ? firstLine.substring(0, noise) : firstLine;
    }

    /** JSON path of the failing field, e.g. {@code $.stream.viewer_count} or {@code $.games[0].seconds}. */
    static String path(JsonMappingException error) {
        return "$" + error.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining());
    }
}
