package io.streampulse.twitchsim.world;

import java.time.Instant;
import java.util.Arrays;

/**
 * The live part of the world in per-channel column arrays plus a dense list of live channel indexes
 * (swap-remove on end). Not thread-safe: {@link World} guards it with its lock.
 */
final class LiveStreams {
    final long[] streamId;
    final long[] startedAtMillis;
    final int[] viewers;
    final float[] drift;
    final int[] peak;
    final double[] viewerMinutes;
    private final int[] slot;
    private final int[] list;
    private int size;

    LiveStreams(int channels) {
        streamId = new long[channels];
        startedAtMillis = new long[channels];
        viewers = new int[channels];
        drift = new float[channels];
        peak = new int[channels];
        viewerMinutes = new double[channels];
        slot = new int[channels];
        Arrays.fill(slot, -1);
        list = new int[channels];
    }

    int size() {
        return size;
    }

    int channelAt(int position) {
        return list[position];
    }

    boolean isLive(int ch) {
        return slot[ch] >= 0;
    }

    void start(int ch, long id, long startedAt, int initialViewers, float initialDrift) {
        streamId[ch] = id;
        startedAtMillis[ch] = startedAt;
        viewers[ch] = initialViewers;
        drift[ch] = initialDrift;
        peak[ch] = initialViewers;
        viewerMinutes[ch] = 0;
        slot[ch] = size;
        list[size++] = ch;
    }

    /** Ends the broadcast of {@code ch} and returns its final figures. */
    Session end(int ch, Instant endedAt) {
        Session session = session(ch, endedAt);
        int position = slot[ch];
        int last = list[--size];
        list[position] = last;
        slot[last] = position;
        slot[ch] = -1;
        streamId[ch] = 0;
        viewers[ch] = 0;
        return session;
    }

    Session session(int ch, Instant endedAt) {
        return new Session(ch, streamId[ch], Instant.ofEpochMilli(startedAtMillis[ch]), endedAt, peak[ch],
                viewers[ch], viewerMinutes[ch]);
    }

    void record(int ch, int newViewers, double minutes) {
        viewers[ch] = newViewers;
        if (newViewers > peak[ch]) {
            peak[ch] = newViewers;
        }
        viewerMinutes[ch] += newViewers * minutes;
    }
}
