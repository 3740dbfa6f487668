package io.streampulse.aggregator.topology;

import io.streampulse.contracts.stats.TagDailyStatsComputed;
import io.streampulse.contracts.stream.StreamState;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state {@link ChannelTimeline} keeps per channel: when it was last observed, the last LIVE observation
 * still open for crediting ({@code live}, null when none), whether that observation still waits to be
 * counted ({@code pointPending}: no slice carries it yet), whether the channel is on the live
 * boards, the buckets it was last counted in (for distinct-channel counts), the end of the latest credited
 * time ({@code creditedUntil}: nothing is credited twice) and whether the end half-span of {@code live} was
 * credited already ({@code tailCredited}: an ABSENT, a new stream or a stream end followed it).
 */
record ChannelCursor(
    long lastObservedAt,
    LiveSample live,
    boolean pointPending,
    boolean onBoard,
    long bucket,
    long hour,
    Map<String, GameMarks> games,
    long creditedUntil,
    boolean tailCredited) {

    static final ChannelCursor NONE = new ChannelCursor(Long.MIN_VALUE, null, false, false, Long.MIN_VALUE,
        Long.MIN_VALUE, Map.of(), Long.MIN_VALUE, false);

    static final BinarySerde<ChannelCursor> SERDE = BinarySerde.of(ChannelCursor::write, ChannelCursor::read);

    private static void write(DataOutputStream out, ChannelCursor cursor) throws IOException {
        out.writeLong(cursor.lastObservedAt);
        out.writeBoolean(cursor.live != null);
        if (cursor.live != null) {
            LiveSample live = cursor.live;
            out.writeLong(live.at());
            out.writeUTF(live.streamId());
            out.writeUTF(live.login());
            out.writeUTF(live.name());
            out.writeUTF(live.gameId());
            out.writeUTF(live.gameName());
            BinarySerde.writeStrings(out, live.tags());
            out.writeInt(live.viewers());
        }
        out.writeBoolean(cursor.pointPending);
        out.writeBoolean(cursor.onBoard);
        out.writeLong(cursor.bucket);
        out.writeLong(cursor.hour);
        out.writeInt(cursor.games.size());
        for (Map.Entry<String, GameMarks> game : cursor.games.entrySet()) {
            out.writeUTF(game.getKey());
            out.writeLong(game.getValue().hour());
            out.writeLong(game.getValue().day());
        }
        out.writeLong(cursor.creditedUntil);
        out.writeBoolean(cursor.tailCredited);
    }

    private static ChannelCursor read(DataInputStream in) throws IOException {
        long lastObservedAt = in.readLong();
        LiveSample live = in.readBoolean() ? new LiveSample(in.readLong(), in.readUTF(), in.readUTF(), in.readUTF(),
            in.readUTF(), in.readUTF(), BinarySerde.readStrings(in), in.readInt()) : null;
        boolean pointPending = in.readBoolean();
        boolean onBoard = in.readBoolean();
        long bucket = in.readLong();
        long hour = in.readLong();
        int games = in.readInt();
        Map<String, GameMarks> marks = new HashMap<>(games * 2);
        for (int i = 0; i < games; i++) {
            marks.put(in.readUTF(), new GameMarks(in.readLong(), in.readLong()));
        }
        // A cursor written before lead-in and tail were credited ends here: nothing was credited past its live
        // observation, and an observation no longer pending was followed by an ABSENT (its tail, a point, counted).
        boolean older = in.available() == 0;
        long creditedUntil = older ? (live == null ? Long.MIN_VALUE : live.at()) : in.readLong();
        boolean tailCredited = older ? live != null && !pointPending : in.readBoolean();
        return new ChannelCursor(lastObservedAt, live, pointPending, onBoard, bucket, hour, marks, creditedUntil,
            tailCredited);
    }

    /** A LIVE observation: what an interval starting at {@code at} is credited with. */
    record LiveSample(long at, String streamId, String login, String name, String gameId, String gameName,
                      List<String> tags, int viewers) {

        static LiveSample of(long at, StreamState stream) {
            List<String> tags = stream.tags().stream()
                .map(TagDailyStatsComputed::normalise)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
            return new LiveSample(at, stream.streamId(), stream.broadcasterLogin(), stream.broadcasterName(),
                stream.gameId(), stream.gameName(), tags, stream.viewerCount());
        }
    }

    /** The hour and day (bucket starts) in which a channel was last counted for one game. */
    record GameMarks(long hour, long day) {
    }
}
