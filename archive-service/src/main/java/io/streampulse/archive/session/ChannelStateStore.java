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
 * latest rows in {@code stream_sessions}. Written in the batch's transaction, with the consumed offsets. Each row also
 * holds, for the sweep of unobserved sessions, when the channel was last observed and from which partition.
 */
public final class ChannelStateStore {

    private static final String LOAD_OPEN = "select broadcaster_id, state from open_sessions where broadcaster_id = any(?)";
    private static final String LOAD_ENDED = "select broadcaster_id, stream_id from (select broadcaster_id, stream_id,"
        + " row_number() over (partition by broadcaster_id order by ended_at desc) as n from stream_sessions"
        + " where broadcaster_id = any(?)) latest where n <= ? order by broadcaster_id, n";
    private static final String UPSERT_OPEN = "insert into open_sessions (broadcaster_id, stream_id, last_live_at, state,"
        + " updated_at, last_observed_at, observed_partition) select id, stream, live, state, ?, observed, part"
        + " from unnest(?::text[], ?::text[], ?::timestamptz[], ?::jsonb[], ?::timestamptz[], ?::int4[])"
        + " as u(id, stream, live, state, observed, part) on conflict (broadcaster_id) do update set"
        + " stream_id = excluded.stream_id, last_live_at = excluded.last_live_at, state = excluded.state,"
        + " updated_at = excluded.updated_at, last_observed_at = excluded.last_observed_at,"
        + " observed_partition = coalesce(excluded.observed_partition, open_sessions.observed_partition)";
    private static final String UNOBSERVED = "select o.broadcaster_id, w.cutoff from open_sessions o"
        + " join unnest(?::int4[], ?::timestamptz[]) as w(part, cutoff) on o.observed_partition = w.part"
        + " where o.last_observed_at <= w.cutoff and o.updated_at <= ? order by o.broadcaster_id limit ?";
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
     *
     * @param observedPartitions the partition of twitch.streams.observations.v1 each channel's latest observation of
     *                           the batch came from (channels not observed in the batch keep the one stored)
     */
    public void save(Connection connection, Collection<ChannelState> states, Map<String, Integer> observedPartitions,
                     Instant now) throws SQLException {
        List<ChannelState> open = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<ChannelState> sorted = new ArrayList<>(states);
        sorted.sort(Comparator.comparing(ChannelState::broadcasterId));
        for (ChannelState state : sorted) {
            if (state.hasOpenSession()) {
                open.add(state);
            } else {
                closed.add(state.broadcasterId());
            }
        }
        if (!open.isEmpty()) {
            upsertOpen(connection, open, observedPartitions, now);
        }
        if (!closed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_OPEN)) {
                delete.setArray(1, Sql.texts(connection, closed));
                delete.executeUpdate();
            }
        }
    }

    /**
     * The channels with an open session that nobody observed lately, for the sweep: those whose latest observation
     * came from one of {@code cutoffs}' partitions at or before that partition's cutoff, and whose state was last
     * written at or before {@code writtenUpTo}. At most {@code limit}, by channel id.
     *
     * @return each channel's id and the cutoff of its partition
     */
    public Map<String, Instant> unobserved(Connection connection, Map<Integer, Instant> cutoffs, Instant writtenUpTo,
                                           int limit) throws SQLException {
        Map<String, Instant> found = new HashMap<>();
        if (cutoffs.isEmpty()) {
            return found;
        }
        List<Integer> partitions = new ArrayList<>(cutoffs.keySet());
        try (PreparedStatement select = connection.prepareStatement(UNOBSERVED)) {
            select.setArray(1, Sql.ints(connection, partitions));
            select.setArray(2, Sql.instants(connection, partitions.stream().map(cutoffs::get).toList()));
            select.setObject(3, Sql.time(writtenUpTo));
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), Sql.instant(rows, "cutoff"));
                }
            }
        }
        return found;
    }

    private void upsertOpen(Connection connection, List<ChannelState> open, Map<String, Integer> observedPartitions,
                            Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_OPEN)) {
            upsert.setObject(1, Sql.time(now));
            upsert.setArray(2, Sql.texts(connection, open.stream().map(ChannelState::broadcasterId).toList()));
            upsert.setArray(3, Sql.texts(connection, open.stream().map(state -> state.open().streamId()).toList()));
            upsert.setArray(4, Sql.instants(connection, open.stream().map(state -> state.open().lastLiveAt()).toList()));
            upsert.setArray(5, Sql.texts(connection, open.stream().map(this::write).toList()));
            upsert.setArray(6, Sql.instants(connection, open.stream().map(ChannelState::lastObservedAt).toList()));
            upsert.setArray(7, Sql.ints(connection,
                open.stream().map(state -> observedPartitions.get(state.broadcasterId())).toList()));
            upsert.executeUpdate();
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
