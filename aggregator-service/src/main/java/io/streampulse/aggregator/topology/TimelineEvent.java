package io.streampulse.aggregator.topology;

import java.util.List;

/** What {@link ChannelTimeline} derives from a channel's observations, in event time. */
sealed interface TimelineEvent permits TimelineEvent.ViewingSlice, TimelineEvent.ChannelLive,
    TimelineEvent.ChannelOffline {

    String broadcasterId();

    /**
     * Viewing of one channel within one 5-minute bucket: a credited interval {@code [start, start + durationMs)}
     * at the viewers, game and tags of the observation that opened it, or (durationMs 0) the point of a LIVE
     * observation that no credited interval starts from (before an ABSENT, a stream end or a new stream). The {@code first*} flags say whether this is the channel's first slice in its
     * 5-minute bucket, its UTC hour, and (for its game) the game's hour and day: distinct-channel counts
     * are sums of these flags.
     */
    record ViewingSlice(
        String broadcasterId,
        String login,
        String name,
        String streamId,
        String gameId,
        String gameName,
        List<String> tags,
        int viewers,
        long start,
        long durationMs,
        boolean firstInBucket,
        boolean firstInHour,
        boolean firstInGameHour,
        boolean firstInGameDay) implements TimelineEvent {

        boolean isPoint() {
            return durationMs == 0;
        }

        long end() {
            return start + durationMs;
        }

        /** Viewers times milliseconds: viewer-minutes are this divided by 60 000. */
        long viewerMillis() {
            return viewers * durationMs;
        }
    }

    /** A LIVE observation as it arrives: the channel's current viewers, for the live boards. */
    record ChannelLive(String broadcasterId, String login, String name, String gameId, String gameName, int viewers,
                       long at) implements TimelineEvent {
    }

    /** The channel is no longer live (ABSENT, or its stream ended) at {@code at}: it leaves the live boards. */
    record ChannelOffline(String broadcasterId, long at) implements TimelineEvent {
    }
}
