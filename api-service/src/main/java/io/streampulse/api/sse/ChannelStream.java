package io.streampulse.api.sse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One channel's recent events and connected clients. Not thread-safe on its own: {@link ChannelStreams} calls it
 * only inside the map's per-key lock, so appending an event and subscribing a client never interleave.
 */
final class ChannelStream {

    private final int ringSize;
    private final Deque<EventFrame> ring;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private long coveredFrom;
    private long lastActivityMillis;

    /** @param coveredFrom the feed's position on the channel's partition when this stream began */
    ChannelStream(int ringSize, long coveredFrom, long nowMillis) {
        this.ringSize = ringSize;
        this.ring = new ArrayDeque<>(Math.min(ringSize, 64));
        this.coveredFrom = coveredFrom;
        this.lastActivityMillis = nowMillis;
    }

    /** Keeps the event in the ring and hands it to every client; answers the clients that were cut off. */
    List<SseClient> append(EventFrame frame, long nowMillis) {
        if (ring.size() >= ringSize) {
            coveredFrom = ring.removeFirst().offset() + 1;
        }
        ring.addLast(frame);
        lastActivityMillis = nowMillis;
        List<SseClient> cut = null;
        for (SseClient client : clients) {
            if (!client.offer(frame)) {
                clients.remove(client);
                cut = cut == null ? new ArrayList<>() : cut;
                cut.add(client);
            }
        }
        return cut == null ? List.of() : cut;
    }

    /** Registers the client and answers what it gets before the live events. */
    ResumePlan subscribe(SseClient client, OptionalLong lastOffset, long nowMillis) {
        clients.add(client);
        lastActivityMillis = nowMillis;
        return lastOffset.isPresent()
            ? ResumePlan.after(lastOffset.getAsLong(), coveredFrom, List.copyOf(ring)) : ResumePlan.live();
    }

    boolean unsubscribe(SseClient client) {
        return clients.remove(client);
    }

    /** No client and nothing happened for a while: the stream can go (its ring is then read from Kafka). */
    boolean idleSince(long thresholdMillis) {
        return clients.isEmpty() && lastActivityMillis < thresholdMillis;
    }

    int clientCount() {
        return clients.size();
    }
}
