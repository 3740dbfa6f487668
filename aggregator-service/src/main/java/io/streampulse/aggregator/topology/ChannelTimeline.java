package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.ChannelCursor.GameMarks;
import io.streampulse.aggregator.topology.ChannelCursor.LiveSample;
import io.streampulse.aggregator.topology.TimelineEvent.ChannelLive;
import io.streampulse.aggregator.topology.TimelineEvent.ChannelOffline;
import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Integrates each channel's observations over time. The store keeps the channel's previous LIVE observation;
 * the next LIVE observation of the same stream credits the interval [previous, this) to the previous one's
 * viewers, game and tags, capped at {@code maxObservationGap} so a gap in observations does not inflate
 * minutes or viewer-minutes, and split at 5-minute boundaries so every slice lies within one window of
 * every size. A LIVE observation is counted by the slice that starts from it; one that no slice starts from
 * (followed by an ABSENT, a stream end or a new stream) is counted as a zero-length point then, with its own
 * time. Every LIVE observation also goes out at once as the channel's current viewers (for the live boards).
 * An ABSENT observation credits nothing (a stream's end is its last LIVE observation) but keeps
 * the previous observation open for a flap shorter than the cap; StreamEnded closes it (once its last LIVE
 * observation, {@code ended_at}, has been seen). Observations not
 * newer than the channel's latest are ignored (duplicates, reordering), so each channel's output is ordered.
 */
final class ChannelTimeline implements FixedKeyProcessor<String, ChannelTimeline.Fact, TimelineEvent> {

    static final String STORE = "channel-timeline";

    /** What the timeline reads: an observation or a stream's end. */
    sealed interface Fact permits Observed, Ended {
    }

    record Observed(StreamObserved event) implements Fact {
    }

    record Ended(StreamEnded event) implements Fact {
    }

    /**
     * How many cursors each task keeps as objects besides the store (the channels it observed most recently):
     * reading one back from the cached store costs a deserialization per observation.
     */
    static final int MIRRORED_CURSORS = 50_000;

    private final long maxGap;
    private final StatisticsMetrics metrics;
    private FixedKeyProcessorContext<String, TimelineEvent> context;
    private KeyValueStore<String, ChannelCursor> store;
    /**
     * The latest cursors this processor wrote, as objects: written through to the store, so a cursor is the
     * store's (the only writer is this processor), and emptied at every init (the store may have been restored).
     */
    private final Map<String, ChannelCursor> mirror = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChannelCursor> eldest) {
            return size() > MIRRORED_CURSORS;
        }
    };

    ChannelTimeline(TopologySettings settings) {
        this.maxGap = settings.maxObservationGap().toMillis();
        this.metrics = settings.metrics();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, TimelineEvent> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        mirror.clear();
    }

    @Override
    public void process(FixedKeyRecord<String, Fact> record) {
        if (record.value() instanceof Observed observed) {
            observe(record, observed.event());
        } else {
            end(record, ((Ended) record.value()).event());
        }
    }

    private void observe(FixedKeyRecord<String, Fact> record, StreamObserved observation) {
        long at = observation.occurredAt().toEpochMilli();
        ChannelCursor cursor = cursor(record.key());
        if (at <= cursor.lastObservedAt()) {
            metrics.observationOutOfOrder();
            return;
        }
        Marks marks = new Marks(cursor);
        LiveSample live = cursor.live();
        boolean pending = cursor.pointPending();
        boolean onBoard = cursor.onBoard();
        if (observation.status() == ObservationStatus.LIVE) {
            LiveSample sample = LiveSample.of(at, observation.stream());
            if (live != null && live.streamId().equals(sample.streamId())) {
                credit(record, live, at, marks);
            } else if (live != null && pending) {
                forward(record, marks.slice(record.key(), live, live.at(), 0));
            }
            forwardEvent(record, new ChannelLive(record.key(), sample.login(), sample.name(), sample.gameId(),
                sample.gameName(), sample.viewers(), at), at);
            live = sample;
            pending = true;
            onBoard = true;
        } else {
            if (live != null && pending) {
                forward(record, marks.slice(record.key(), live, live.at(), 0));
                pending = false;
            }
            if (live != null && at - live.at() >= maxGap) {
                live = null;
            }
            if (onBoard) {
                forwardEvent(record, new ChannelOffline(record.key(), at), at);
                onBoard = false;
            }
        }
        put(record.key(), marks.cursor(at, live, pending, onBoard));
    }

    /**
     * Closes the stream's open observation, unless the end overtook observations it summarises (the ended
     * record and the observations are on different topics): then the observations up to {@code ended_at}
     * are still to come, and an ABSENT or the gap cap closes the stream instead.
     */
    private void end(FixedKeyRecord<String, Fact> record, StreamEnded ended) {
        ChannelCursor stored = cursor(record.key());
        ChannelCursor cursor = stored == ChannelCursor.NONE ? null : stored;
        LiveSample live = cursor == null ? null : cursor.live();
        if (cursor == null || live != null && (!live.streamId().equals(ended.streamId())
            || live.at() < ended.endedAt().toEpochMilli())) {
            return;
        }
        Marks marks = new Marks(cursor);
        if (live != null && cursor.pointPending()) {
            forward(record, marks.slice(record.key(), live, live.at(), 0));
        }
        if (cursor.onBoard()) {
            forwardEvent(record, new ChannelOffline(record.key(), record.timestamp()), record.timestamp());
        }
        put(record.key(), marks.cursor(cursor.lastObservedAt(), null, false, false));
    }

    /** Credits [live.at, until) (capped) in slices that each lie within one 5-minute bucket. */
    private void credit(FixedKeyRecord<String, Fact> record, LiveSample live, long until, Marks marks) {
        long end = Math.min(until, live.at() + maxGap);
        long start = live.at();
        while (start < end) {
            long sliceEnd = Math.min(end, TimeBuckets.floor(start, TimeBuckets.FIVE_MINUTES) + TimeBuckets.FIVE_MINUTES);
            forward(record, marks.slice(record.key(), live, start, sliceEnd - start));
            start = sliceEnd;
        }
    }

    private void forward(FixedKeyRecord<String, Fact> record, ViewingSlice slice) {
        forwardEvent(record, slice, slice.start());
    }

    private void forwardEvent(FixedKeyRecord<String, Fact> record, TimelineEvent event, long timestamp) {
        context.forward(record.withValue(event).withTimestamp(timestamp));
    }

    private ChannelCursor cursor(String broadcasterId) {
        ChannelCursor cursor = mirror.get(broadcasterId);
        if (cursor == null) {
            cursor = store.get(broadcasterId);
        }
        return cursor == null ? ChannelCursor.NONE : cursor;
    }

    private void put(String broadcasterId, ChannelCursor cursor) {
        store.put(broadcasterId, cursor);
        mirror.put(broadcasterId, cursor);
    }

    /**
     * The buckets a channel was last counted in, updated slice by slice (slices come in time order). The game
     * marks are copied only when a slice changes them (most slices repeat the marks of the previous one).
     */
    private static final class Marks {

        private long bucket;
        private long hour;
        private Map<String, GameMarks> games;
        private boolean copied;

        Marks(ChannelCursor cursor) {
            this.bucket = cursor.bucket();
            this.hour = cursor.hour();
            this.games = cursor.games();
        }

        ViewingSlice slice(String broadcasterId, LiveSample live, long start, long durationMs) {
            long sliceBucket = TimeBuckets.floor(start, TimeBuckets.FIVE_MINUTES);
            long sliceHour = TimeBuckets.floor(start, TimeBuckets.HOUR);
            long sliceDay = TimeBuckets.floor(start, TimeBuckets.DAY);
            boolean firstInBucket = sliceBucket != bucket;
            boolean firstInHour = sliceHour != hour;
            GameMarks game = games.get(live.gameId());
            boolean firstInGameHour = game == null || game.hour() != sliceHour;
            boolean firstInGameDay = game == null || game.day() != sliceDay;
            bucket = sliceBucket;
            hour = sliceHour;
            if (firstInGameHour || firstInGameDay || anyBefore(sliceDay)) {
                if (!copied) {
                    games = new HashMap<>(games);
                    copied = true;
                }
                games.values().removeIf(marks -> marks.day() < sliceDay);
                games.put(live.gameId(), new GameMarks(sliceHour, sliceDay));
            }
            return new ViewingSlice(broadcasterId, live.login(), live.name(), live.streamId(), live.gameId(),
                live.gameName(), live.tags(), live.viewers(), start, durationMs, firstInBucket, firstInHour,
                firstInGameHour, firstInGameDay);
        }

        private boolean anyBefore(long day) {
            for (GameMarks marks : games.values()) {
                if (marks.day() < day) {
                    return true;
                }
            }
            return false;
        }

        ChannelCursor cursor(long lastObservedAt, LiveSample live, boolean pointPending, boolean onBoard) {
            return new ChannelCursor(lastObservedAt, live, pointPending, onBoard, bucket, hour,
                copied ? Map.copyOf(games) : games);
        }
    }
}
