package io.streampulse.contracts.deadletter;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.Require;
import io.streampulse.contracts.event.SchemaVersion;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * A record that could not be processed, with where it came from and why. {@code payload} is null for a
 * tombstone; otherwise UTF-8 text or base64 as {@code payload_encoding} says. {@code key} is the original
 * record key (null when it had none); dead letters are written under the same key.
 *
 * <p>A dead letter always fits a producer's default 1 MB request: {@link #of} keeps at most
 * {@value #MAX_PAYLOAD_BYTES} bytes of the value and {@value #MAX_MESSAGE_CHARS} characters of the message, and says
 * so in {@code error_message}; the whole record stays on its source topic at {@code partition}/{@code offset}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeadLetterRecord(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String sourceTopic,
    int partition,
    long offset,
    String key,
    String payload,
    PayloadEncoding payloadEncoding,
    String errorType,
    String errorMessage,
    String service) implements Event {

    /** The most of a value's bytes a dead letter carries. */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;
    /** The most characters of an error message a dead letter carries. */
    public static final int MAX_MESSAGE_CHARS = 4096;

    public DeadLetterRecord {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(sourceTopic, "source_topic");
        Require.notNegative(partition, "partition");
        Require.notNegative(offset, "offset");
        Require.present(payloadEncoding, "payload_encoding");
        Require.text(errorType, "error_type");
        errorMessage = Require.orEmpty(errorMessage);
        Require.text(service, "service");
    }

    /** A dead letter for the raw value of a consumed record; picks UTF-8 text when the bytes allow it. */
    public static DeadLetterRecord of(String sourceTopic, int partition, long offset, String key, byte[] value,
                                      String errorType, String errorMessage, String service, Instant now) {
        byte[] kept = value == null || value.length <= MAX_PAYLOAD_BYTES ? value : utf8Prefix(value);
        String message = errorMessage == null ? "" : errorMessage;
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "... (message cut at " + MAX_MESSAGE_CHARS + " chars)";
        }
        if (kept != value) {
            message += " (payload cut: first " + kept.length + " of " + value.length + " bytes kept)";
        }
        String utf8 = kept == null ? null : strictUtf8(kept);
        boolean text = kept == null || utf8 != null;
        return new DeadLetterRecord(EventIds.random(), now, SchemaVersion.CURRENT, sourceTopic, partition, offset,
            key, text ? utf8 : Base64.getEncoder().encodeToString(kept),
            text ? PayloadEncoding.UTF8 : PayloadEncoding.BASE64, errorType, message, service);
    }

    /** The first {@link #MAX_PAYLOAD_BYTES} bytes, less a UTF-8 sequence the cut would split. */
    private static byte[] utf8Prefix(byte[] value) {
        int end = MAX_PAYLOAD_BYTES;
        for (int i = 0; i < 3 && (value[end] & 0xC0) == 0x80; i++) {
            end--; // value[end] continues a multi-byte character: leave that character out
        }
        return Arrays.copyOf(value, end);
    }

    /** The original value bytes, or null for a tombstone. */
    public byte[] payloadBytes() {
        if (payload == null) {
            return null;
        }
        return switch (payloadEncoding) {
            case UTF8 -> payload.getBytes(StandardCharsets.UTF_8);
            case BASE64 -> Base64.getDecoder().decode(payload);
        };
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
