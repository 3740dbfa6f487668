package io.streampulse.contracts.codec;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The Kafka header naming the event type of a record on a multi-type topic (UTF-8 value). */
public final class EventTypeHeader {

    public static final String NAME = "event_type";

    private EventTypeHeader() {
    }

    /** Sets the header, replacing any previous value. */
    public static void write(Headers headers, String eventType) {
        headers.remove(NAME);
        headers.add(NAME, eventType.getBytes(StandardCharsets.UTF_8));
    }

    /** The last value of the header, if the record has one. */
    public static Optional<String> read(Headers headers) {
        if (headers == null) {
            return Optional.empty();
        }
        Header header = headers.lastHeader(NAME);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
