package io.streampulse.archive.channel;

import io.streampulse.archive.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table {@code channels}: one row per broadcaster archive has seen, with its latest login and display name.
 * Written when a session opens or ends and when a channel event arrives (not on every observation); an older
 * sighting never overwrites a newer one.
 */
public final class ChannelStore {

    private static final String UPSERT = "insert into channels (broadcaster_id, broadcaster_login, broadcaster_name,"
        + " first_seen_at, last_seen_at) select id, login, name, seen, seen from unnest(?::text[], ?::text[], ?::text[],"
        + " ?::timestamptz[]) as u(id, login, name, seen) on conflict (broadcaster_id) do update set"
        + " broadcaster_login = case when excluded.last_seen_at >= channels.last_seen_at"
        + " then excluded.broadcaster_login else channels.broadcaster_login end,"
        + " broadcaster_name = case when excluded.last_seen_at >= channels.last_seen_at"
        + " then excluded.broadcaster_name else channels.broadcaster_name end,"
        + " first_seen_at = least(channels.first_seen_at, excluded.first_seen_at),"
        + " last_seen_at = greatest(channels.last_seen_at, excluded.last_seen_at)";

    public void upsert(Connection connection, Collection<ChannelSeen> sightings) throws SQLException {
        if (sightings.isEmpty()) {
            return;
        }
        Map<String, ChannelSeen> latest = new LinkedHashMap<>();
        sightings.stream().sorted(Comparator.comparing(ChannelSeen::seenAt))
            .forEach(seen -> latest.put(seen.broadcasterId(), seen));
        List<ChannelSeen> rows = new ArrayList<>(latest.values());
        rows.sort(Comparator.comparing(ChannelSeen::broadcasterId));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setArray(1, Sql.texts(connection, rows.stream().map(ChannelSeen::broadcasterId).toList()));
            upsert.setArray(2, Sql.texts(connection, rows.stream().map(ChannelSeen::broadcasterLogin).toList()));
            upsert.setArray(3, Sql.texts(connection, rows.stream().map(ChannelSeen::broadcasterName).toList()));
            upsert.setArray(4, Sql.instants(connection, rows.stream().map(ChannelSeen::seenAt).toList()));
            upsert.executeUpdate();
        }
    }
}
