package io.streampulse.archive.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The durable copy of the channels' state: table {@code open_sessions} holds one row per channel with an open
 * session (the whole {@link ChannelState} as jsonb); a channel without one is rebuilt from the stream ids of its
 * latest rows in {@code stream_sessions}. Written in the batch's transaction, with the consumed offsets.
 */
public final class ChannelStateStore {

    private static final String LOAD_OPEN = "select broadcaster_id, state from open_sessions where broadcaster_id = any(?)";
    private static final String LOAD_ENDED = "select broadcaster_id, stream_id from (select broadcaster_id, stream_id,"
        + " row_number() over (partition by broadcaster_id order by ended_at desc) as n from stream_sessions"
        + " where broadcaster_id = any(?)) latest where n <= ? order by broadcaster_id, n";
    private static final String UPSERT_OPEN = "insert into open_sessions (broadcaster_id, stream_id, last_live_at, state,"
        + " updated_at) select id, stream, live, state, ? from unnest(?::text[], ?::text[], ?::timestamptz[], ?::jsonb[])"
        + " as u(id, stream, live, state) on conflict (broadcaster_id) do update set stream_id = excluded.stream_id,"
        + " last_live_at = excluded.last_live_at, state = excluded.state, updated_at = excluded.updated_at";
    private static final String DELETE_OPEN = "delete from open_sessions where broadcaster_id = any(?)";

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final int rememberedEndedStreams;

    public ChannelStateStore(SessionRules rules) {
        this.rememberedEndedStreams = rules.rememberedEndedStreams();
    }

    /** The state of each of {@code broadcasterIds} (a fresh one for channels archive does not know). */
    public Map<String, ChannelState> load(Connection connection, Collection<String> broadcasterIds) throws SQLException {
        Map<String, ChannelState> states = new HashMap<>();
        if (broadcasterIds.isEmpty()) {
            return states;
        }
        try (PreparedStatement select = connection.prepareStatement(LOAD_OPEN)) {
            select.setArray(1, Sql.texts(connection, broadcasterIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), read(rows.getString(2)));
                }
            }
        }
        List<String> closed = broadcasterIds.stream().filter(id -> !states.containsKey(id)).toList();
        loadClosed(connection, closed).forEach(states::put);
        return states;
    }

    /**
     * Saves the states of a batch: an upsert for channels with an open session, a delete for the others; in key order,
     * so concurrent transactions lock rows in the same order.
     */
    public void save(Connection connection, Collection<ChannelState> states, Instant now) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        List<Instant> lives = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<ChannelState> sorted = new ArrayList<>(states);
        sorted.sort(Comparator.comparing(ChannelState::broadcasterId));
        for (ChannelState state : sorted) {
            if (state.hasOpenSession()) {
                ids.add(state.broadcasterId());
                streams.add(state.open().streamId());
                lives.add(state.open().lastLiveAt());
                documents.add(write(state));
            } else {
                closed.add(state.broadcasterId());
            }
        }
        if (!ids.isEmpty()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_OPEN)) {
                upsert.setObject(1, Sql.time(now));
                upsert.setArray(2, Sql.texts(connection, ids));
                upsert.setArray(3, Sql.texts(connection, streams));
                upsert.setArray(4, Sql.instants(connection, lives));
                upsert.setArray(5, Sql.texts(connection, documents));
                upsert.executeUpdate();
            }
        }
        if (!closed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_OPEN)) {
                delete.setArray(1, Sql.texts(connection, closed));
                delete.executeUpdate();
            }
        }
    }

    private Map<String, ChannelState> loadClosed(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<String>> ended = new HashMap<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(LOAD_ENDED)) {
                select.setArray(1, Sql.texts(connection, ids));
                select.setInt(2, rememberedEndedStreams);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ended.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
        }
        Map<String, ChannelState> states = new HashMap<>();
        ids.forEach(id -> states.put(id, ChannelState.afterSessions(id, ended.getOrDefault(id, List.of()))));
        return states;
    }

    private String write(ChannelState state) {
        try {
            return Sql.cleanJson(json.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state of channel " + state.broadcasterId(), e);
        }
    }

    private ChannelState read(String document) {
        try {
            return json.readValue(document, ChannelState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable open_sessions state: " + e.getOriginalMessage(), e);
        }
    }
}
