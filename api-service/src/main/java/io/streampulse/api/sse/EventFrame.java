package io.streampulse.api.sse;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events frame, encoded once and shared by every client of the channel. {@code offset} is -1 and
 * {@code producedAtMillis} 0 for frames that are not channel events (heartbeats, the opening retry hint).
 *
 * @param producedAtMillis the Kafka record timestamp (the producer's send time), for the delivery-lag metric
 */
record EventFrame(long offset, long producedAtMillis, byte[] bytes) {

    static final String EVENT_NAME = "channel_event";
    static final EventFrame HEARTBEAT = control(": heartbeat\n\n");

    static EventFrame event(EventPosition position, long producedAtMillis, String json) {
        String text = "id: " + position.id() + "\nevent: " + EVENT_NAME + "\ndata: " + json + "\n\n";
        return new EventFrame(position.offset(), producedAtMillis, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first frame of every stream: how long a browser waits before reconnecting (and the headers go out). */
    static EventFrame retry(long millis) {
        return control("retry: " + millis + "\n\n");
    }

    boolean isEvent() {
        return offset >= 0;
    }

    private static EventFrame control(String text) {
        return new EventFrame(-1, 0, text.getBytes(StandardCharsets.UTF_8));
    }
}
