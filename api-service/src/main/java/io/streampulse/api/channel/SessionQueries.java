package io.streampulse.api.channel;

import com.fasterxml.jackson.databind.ObjectReader;
import io.streampulse.api.readmodel.ReadModel;
import io.streampulse.api.readmodel.ReadModelUnavailable;
import io.streampulse.contracts.codec.Json;
import io.streampulse.contracts.stream.GamePlayed;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A channel's archived sessions that overlap {@code [from, to)}, latest end first, keyset-paged on
 * {@code (ended_at, stream_id)} along index {@code stream_sessions_by_channel (broadcaster_id, ended_at DESC)}.
 */
final class SessionQueries {

    /** Where a page starts: after the session that ended at {@code endedAt} with id {@code streamId}. */
    record After(Instant endedAt, String streamId) {
    }

    record SessionPage(List<ChannelViews.Session> sessions, After next) {
    }

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private static final String COLUMNS = "select stream_id, started_at, ended_at, duration_seconds, peak_viewers,"
        + " average_viewers, viewer_minutes, games::text as games, titles, tags, language, end_reason"
        + " from archive.stream_sessions where broadcaster_id = ? and ended_at >= ? and started_at < ?";
    private static final String FIRST_PAGE = COLUMNS + " order by ended_at desc, stream_id desc limit ?";
    private static final String NEXT_PAGE = COLUMNS + " and (ended_at, stream_id) < (?, ?)"
        + " order by ended_at desc, stream_id desc limit ?";
    private static final ObjectReader GAMES = Json.newMapper().readerFor(GamePlayed[].class);

    private final ReadModel db;

    SessionQueries(ReadModel db) {
        this.db = db;
    }

    SessionPage sessions(String broadcasterId, Instant from, Instant to, After after, int limit) {
        List<Object> params = new ArrayList<>(List.of(broadcasterId, from == null ? EARLIEST : from,
            to == null ? LATEST : to));
        if (after != null) {
            params.add(after.endedAt());
            params.add(after.streamId());
        }
        params.add(limit + 1);
        List<ChannelViews.Session> rows = db.list(after == null ? FIRST_PAGE : NEXT_PAGE, params,
            SessionQueries::session);
        if (rows.size() <= limit) {
            return new SessionPage(rows, null);
        }
        ChannelViews.Session last = rows.get(limit - 1);
        return new SessionPage(List.copyOf(rows.subList(0, limit)), new After(last.endedAt(), last.streamId()));
    }

    private static ChannelViews.Session session(ResultSet row) throws SQLException {
        return new ChannelViews.Session(row.getString("stream_id"), ReadModel.instant(row, "started_at"),
            ReadModel.instant(row, "ended_at"), row.getLong("duration_seconds"), row.getInt("peak_viewers"),
            row.getDouble("average_viewers"), row.getLong("viewer_minutes"), games(row.getString("games")),
            texts(row.getArray("titles")), texts(row.getArray("tags")), row.getString("language"),
            row.getString("end_reason"));
    }

    private static List<ChannelViews.SessionGame> games(String json) {
        try {
            GamePlayed[] games = GAMES.readValue(json);
            return Arrays.stream(games).map(g -> new ChannelViews.SessionGame(g.gameId(), g.gameName(), g.seconds()))
                .toList();
        } catch (IOException e) {
            throw new ReadModelUnavailable("unreadable games of a session: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
