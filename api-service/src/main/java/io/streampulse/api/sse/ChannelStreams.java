package io.streampulse.api.sse;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Every channel's {@link ChannelStream}, fed by one thread (the Kafka feed) and subscribed to by request threads.
 * A stream starts when its channel's first event or first client arrives, covering its partition from the feed's
 * position at that moment; it goes when idle and without clients. Work on one channel happens inside the map's
 * per-key lock, so a client registered while an event is appended gets it exactly once: in its backlog or live.
 */
final class ChannelStreams {

    private final Map<String, ChannelStream> streams = new ConcurrentHashMap<>();
    private final AtomicReference<AtomicLongArray> positions = new AtomicReference<>();
    private final AtomicInteger clients = new AtomicInteger();
    private final int ringSize;
    private final LongSupplier clock;

    ChannelStreams(int ringSize, LongSupplier clockMillis) {
        this.ringSize = ringSize;
        this.clock = clockMillis;
    }

    /** The feed is assigned the partitions and starts at these offsets (index = partition). */
    void start(long[] startOffsets) {
        positions.set(new AtomicLongArray(startOffsets));
    }

    /** Partitions of the topic, or 0 while the feed has not started. */
    int partitions() {
        AtomicLongArray current = positions.get();
        return current == null ? 0 : current.length();
    }

    /** The feed dispatched everything of {@code partition} before {@code nextOffset}. */
    void advanced(int partition, long nextOffset) {
        positions.get().set(partition, nextOffset);
    }

    /** Keeps and fans out one event of a channel; answers how many clients were cut off as too slow. */
    int publish(String broadcasterId, int partition, EventFrame frame) {
        long now = clock.getAsLong();
        int[] cut = new int[1];
        streams.compute(broadcasterId, (id, stream) -> {
            ChannelStream target = stream != null ? stream : new ChannelStream(ringSize, frame.offset(), now);
            List<SseClient> slow = target.append(frame, now);
            slow.forEach(SseClient::cutOff);
            cut[0] = slow.size();
            return target;
        });
        clients.addAndGet(-cut[0]);
        return cut[0];
    }

    /** Registers a client of a channel on {@code partition}; answers what it gets before the live events. */
    ResumePlan subscribe(String broadcasterId, int partition, OptionalLong lastOffset, SseClient client) {
        long now = clock.getAsLong();
        ResumePlan[] plan = new ResumePlan[1];
        streams.compute(broadcasterId, (id, stream) -> {
            ChannelStream target = stream != null ? stream
                : new ChannelStream(ringSize, positions.get().get(partition), now);
            plan[0] = target.subscribe(client, lastOffset, now);
            return target;
        });
        clients.incrementAndGet();
        return plan[0];
    }

    void unsubscribe(String broadcasterId, SseClient client) {
        streams.computeIfPresent(broadcasterId, (id, stream) -> {
            if (stream.unsubscribe(client)) {
                clients.decrementAndGet();
            }
            return stream;
        });
    }

    /** Drops the streams without clients whose last activity is older than {@code idleMillis}. */
    int evictIdle(long idleMillis) {
        long threshold = clock.getAsLong() - idleMillis;
        int before = streams.size();
        for (String id : streams.keySet()) {
            streams.computeIfPresent(id, (key, stream) -> stream.idleSince(threshold) ? null : stream);
        }
        return before - streams.size();
    }

    int connectedClients() {
        return clients.get();
    }

    int channels() {
        return streams.size();
    }
}
