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
 * Integrates each channel's observations over time, estimating each broadcast from Twitch's {@code started_at}
 * to its real end (as archive-service's sessions do). Every span is capped at {@code maxObservationGap} (the
 * cap), so a gap in observations does not inflate minutes or viewer-minutes:
 * <ul>
 *   <li><b>between observations</b>: the next LIVE observation of the same stream credits [previous, this) to
 *   the previous one's viewers, game and tags (at most the cap);</li>
 *   <li><b>lead-in</b>: a LIVE observation that opens a stream (no open observation of its stream) credits
 *   [max(started_at, this - cap), this) at its own viewers, game and tags; never before the channel's latest
 *   credited time (no time counts twice). A lead-in may fall into the previous 5-minute, hour or day window,
 *   which counts it while that window is inside the grace; a part in a window already closed when stream time
 *   is at the observation would be dropped as late, so the lead-in is clipped to the earliest window still open
 *   then (never with the 24 h default grace, the cap being 2 min);</li>
 *   <li><b>tail</b>: at the first sign of the end after a LIVE observation (an ABSENT, a new stream id, or the
 *   stream's end), the broadcast ended somewhere in between: half that gap (the gap capped first) counts at the
 *   last observation's viewers, the expected value of an end anywhere in it.</li>
 * </ul>
 * Credited time is split at 5-minute boundaries so every slice lies within one window of every size. A LIVE
 * observation that no slice carries (a zero-length lead-in and tail) is counted as a zero-length point at its own
 * time. Every LIVE observation also goes out at once as the channel's current viewers (for the live boards).
 * After an ABSENT the previous observation stays open for a flap shorter than the cap: the same stream coming
 * back credits the rest of [previous, this) after the tail already credited. StreamEnded closes it (once its
 * last LIVE observation, {@code ended_at}, has been seen). Observations not newer than the channel's latest are
 * ignored (duplicates, reordering), so each channel's output is ordered.
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
    private final long grace;
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
        this.grace = settings.grace().toMillis();
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
        Credit credit = new Credit(record, cursor);
        boolean onBoard = cursor.onBoard();
        if (observation.status() == ObservationStatus.LIVE) {
            LiveSample sample = LiveSample.of(at, observation.stream());
            LiveSample live = credit.live;
            if (live != null && live.streamId().equals(sample.streamId())) {
                credit.span(live, Math.max(credit.until, live.at()), Math.min(at, live.at() + maxGap));
                credit.pointIfPending();
            } else {
                credit.tail(at);
                long startedAt = observation.stream().startedAt().toEpochMilli();
                long leadIn = Math.max(Math.max(startedAt, at - maxGap), Math.max(openFrom(at), credit.until));
                credit.open(sample);
                credit.span(sample, leadIn, at);
            }
            credit.open(sample);
            forwardEvent(record, new ChannelLive(record.key(), sample.login(), sample.name(), sample.gameId(),
                sample.gameName(), sample.viewers(), at), at);
            onBoard = true;
        } else {
            credit.tail(at);
            if (credit.live != null && at - credit.live.at() >= maxGap) {
                credit.live = null;
            }
            if (onBoard) {
                forwardEvent(record, new ChannelOffline(record.key(), at), at);
                onBoard = false;
            }
        }
        put(record.key(), credit.cursor(at, onBoard));
    }

    /**
     * The start of the earliest 5-minute window still open when stream time is at {@code at}: a window
     * [start, start + 5 min) is closed once stream time reaches its end plus the grace. Hour and day windows end no
     * earlier than the 5-minute windows they hold, so they are open from there too. The observation's own time
     * stands for stream time (the windows' stream time is the latest slice they saw, which the task's stream time
     * is not, and which differs across restarts): deterministic, so a replay or a restart credits the same.
     */
    private long openFrom(long at) {
        return TimeBuckets.floor(at - grace - TimeBuckets.FIVE_MINUTES, TimeBuckets.FIVE_MINUTES)
            + TimeBuckets.FIVE_MINUTES;
    }

    /**
     * Closes the stream's open observation (its tail up to the end record's time), unless the end overtook
     * observations it summarises (the ended record and the observations are on different topics): then the
     * observations up to {@code ended_at} are still to come, and an ABSENT or the gap cap closes the stream instead.
     */
    private void end(FixedKeyRecord<String, Fact> record, StreamEnded ended) {
        ChannelCursor stored = cursor(record.key());
        ChannelCursor cursor = stored == ChannelCursor.NONE ? null : stored;
        LiveSample live = cursor == null ? null : cursor.live();
        if (cursor == null || live != null && (!live.streamId().equals(ended.streamId())
            || live.at() < ended.endedAt().toEpochMilli())) {
            return;
        }
        Credit credit = new Credit(record, cursor);
        credit.tail(Math.max(record.timestamp(), live == null ? record.timestamp() : live.at()));
        if (cursor.onBoard()) {
            forwardEvent(record, new ChannelOffline(record.key(), record.timestamp()), record.timestamp());
        }
        credit.live = null;
        put(record.key(), credit.cursor(cursor.lastObservedAt(), false));
    }

    /** One fact's crediting of a channel: its open observation, what was credited up to when, its marks. */
    private final class Credit {

        private final FixedKeyRecord<String, Fact> record;
        private final Marks marks;
        private LiveSample live;
        private boolean pending;
        private boolean tailCredited;
        private long until;

        Credit(FixedKeyRecord<String, Fact> record, ChannelCursor cursor) {
            this.record = record;
            this.marks = new Marks(cursor);
            this.live = cursor.live();
            this.pending = cursor.pointPending();
            this.tailCredited = cursor.tailCredited();
            this.until = cursor.creditedUntil();
        }

        /** {@code sample} is the channel's open observation from now on, carried by no slice yet. */
        void open(LiveSample sample) {
            if (live != sample) {
                live = sample;
                pending = true;
                tailCredited = false;
            }
        }

        /** At the first sign of the end at {@code goneBy}: half the (capped) gap since the open observation. */
        void tail(long goneBy) {
            if (live == null || tailCredited) {
                return;
            }
            long half = Math.min(Math.max(0, goneBy - live.at()), maxGap) / 2;
            span(live, Math.max(until, live.at()), live.at() + half);
            pointIfPending();
            tailCredited = true;
        }

        /** The open observation as a zero-length point when no slice carries it. */
        void pointIfPending() {
            if (live != null && pending) {
                forward(record, marks.slice(record.key(), live, live.at(), 0));
                pending = false;
            }
        }

        /** Credits [from, to) to {@code sample} in slices that each lie within one 5-minute bucket. */
        void span(LiveSample sample, long from, long to) {
            long start = from;
            while (start < to) {
                long sliceEnd = Math.min(to, TimeBuckets.floor(start, TimeBuckets.FIVE_MINUTES) + TimeBuckets.FIVE_MINUTES);
                forward(record, marks.slice(record.key(), sample, start, sliceEnd - start));
                start = sliceEnd;
            }
            if (from < to) {
                until = to;
                if (sample == live) {
                    pending = false;
                }
            }
        }

        ChannelCursor cursor(long lastObservedAt, boolean onBoard) {
            return marks.cursor(lastObservedAt, live, live != null && pending, onBoard, until,
                live != null && tailCredited);
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

        ChannelCursor cursor(long lastObservedAt, LiveSample live, boolean pointPending, boolean onBoard,
                             long creditedUntil, boolean tailCredited) {
            return new ChannelCursor(lastObservedAt, live, pointPending, onBoard, bucket, hour,
                copied ? Map.copyOf(games) : games, creditedUntil, tailCredited);
        }
    }
}
