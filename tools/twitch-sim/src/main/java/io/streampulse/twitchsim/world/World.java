package io.streampulse.twitchsim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulated Twitch: channels, live broadcasts and what happens to them. Changes run under a write lock (ticks
 * and control actions); readers wrap their work in {@link #read(Supplier)} and see a consistent world. The events
 * of each change go to the sink after the lock is released.
 */
public final class World {
    /** What shapes the world; see {@code SimConfig} for the meaning of each value. */
    public record Settings(int channels, double liveShare, long seed, Duration tick, Duration meanStreamDuration,
                           double eventRatePerChannel, Instant start) { }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object snapshotMonitor = new Object();
    private final Catalog catalog;
    private final Channels channels;
    private final LiveStreams live;
    private final Evolution evolution;
    private final ChannelActivity activity;
    private final Consumer<List<WorldEvent>> sink;
    private final Duration tick;
    private volatile double eventRatePerChannel;
    private Instant nextTick;
    private long version;
    private long ticks;
    private volatile LiveSnapshot snapshot;
    private volatile long lastSnapshotUse;

    public World(Settings settings, Consumer<List<WorldEvent>> sink) {
        this.catalog = new Catalog(settings.seed());
        this.channels = new ChannelGenerator(catalog, settings.seed()).generate(settings.channels());
        this.live = new LiveStreams(settings.channels());
        SplittableRandom random = new SplittableRandom(settings.seed());
        this.evolution = new Evolution(channels, live, catalog, random, settings.liveShare(),
                settings.meanStreamDuration(), settings.tick());
        this.activity = new ChannelActivity(channels, live, random);
        this.sink = sink;
        this.tick = settings.tick();
        this.eventRatePerChannel = settings.eventRatePerChannel();
        evolution.populate(settings.start());
        this.nextTick = settings.start().plus(tick);
    }

    public Catalog catalog() { return catalog; }
    public Channels channels() { return channels; }

    /** Runs every tick due up to and including {@code target}. */
    public void advanceTo(Instant target) {
        while (true) {
            List<WorldEvent> events = new ArrayList<>();
            lock.writeLock().lock();
            try {
                if (nextTick.isAfter(target)) {
                    return;
                }
                evolution.tick(nextTick, events);
                activity.tick(nextTick, tick.toMillis() / 60_000.0, eventRatePerChannel, events);
                nextTick = nextTick.plus(tick);
                ticks++;
                version++;
            } finally {
                lock.writeLock().unlock();
            }
            publish(events);
        }
    }

    public void forceOnline(int ch, Instant at) { mutate(out -> evolution.start(ch, at, out)); }
    public void forceOffline(int ch, Instant at) { mutate(out -> evolution.end(ch, at, false, out)); }
    public void raid(int ch, Instant at) { mutate(out -> evolution.raid(ch, at, out)); }
    public void raid(int ch, int to, Instant at) { mutate(out -> evolution.raid(ch, to, at, out)); }
    public void changeTitle(int ch, Instant at) { mutate(out -> evolution.changeInfo(ch, true, false, at, out)); }

    /** Generates one channel event (follow, subscribe, gift, resub, cheer); false for any other type. */
    public boolean trigger(String type, int ch, boolean anonymous, Instant at) {
        boolean[] known = new boolean[1];
        mutate(out -> known[0] = activity.generate(type, ch, anonymous, at, out));
        return known[0];
    }

    /** Channels whose broadcaster authorized the client produce follows, subs and cheers. */
    public void setEventful(int ch, boolean eventful) { mutate(out -> activity.setEventful(ch, eventful)); }
    public void setEventRatePerChannel(double rate) { this.eventRatePerChannel = rate; }

    public <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    // Accessors below are meant to be called inside read(...).
    public boolean isLive(int ch) { return live.isLive(ch); }
    public long streamId(int ch) { return live.streamId[ch]; }
    public long startedAtMillis(int ch) { return live.startedAtMillis[ch]; }
    public int viewers(int ch) { return live.viewers[ch]; }
    public int liveCount() { return live.size(); }
    public long ticks() { return ticks; }
    /** Sim time of the last tick (the world's "as of" time). */
    public Instant lastTick() { return nextTick.minus(tick); }
    public long version() { return version; }
    public Session liveSession(int ch) { return live.isLive(ch) ? live.session(ch, null) : null; }
    public List<Follow> recentFollows(int ch) { return activity.recentFollows(ch); }

    public List<Session> liveSessions() {
        List<Session> sessions = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            sessions.add(live.session(live.channelAt(i), null));
        }
        return sessions;
    }

    /** Live channels ordered by viewer count (descending, ties by channel), cached until the world changes. */
    public LiveSnapshot snapshot() {
        lastSnapshotUse = System.nanoTime();
        return currentSnapshot();
    }

    private LiveSnapshot currentSnapshot() {
        LiveSnapshot current = snapshot;
        if (current != null && current.version() == version) {
            return current;
        }
        synchronized (snapshotMonitor) {
            current = snapshot;
            if (current == null || current.version() != version) {
                current = new LiveSnapshot(version, orderByViewers());
                snapshot = current;
            }
            return current;
        }
    }

    /**
     * Rebuilds the Get Streams ordering ahead of the next request when someone read it in the last two seconds,
     * so request threads rarely pay for the sort (called by the REAL-mode clock thread after its ticks).
     */
    public void warmSnapshotIfRead() {
        if (System.nanoTime() - lastSnapshotUse < 2_000_000_000L) {
            read(this::currentSnapshot);
        }
    }

    private int[] orderByViewers() {
        long[] keys = new long[live.size()];
        for (int i = 0; i < keys.length; i++) {
            int ch = live.channelAt(i);
            keys[i] = ((long) (Integer.MAX_VALUE - live.viewers[ch]) << 32) | ch;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private void mutate(Consumer<List<WorldEvent>> change) {
        List<WorldEvent> events = new ArrayList<>();
        lock.writeLock().lock();
        try {
            change.accept(events);
            version++;
        } finally {
            lock.writeLock().unlock();
        }
        publish(events);
    }

    private void publish(List<WorldEvent> events) {
        if (!events.isEmpty()) {
            sink.accept(events);
        }
    }

    /** Live channel indexes in Get Streams order at one world version. */
    public record LiveSnapshot(long version, int[] order) { }
}
