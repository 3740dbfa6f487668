package io.streampulse.archive.ingest;

import io.streampulse.archive.session.ChannelState;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory copy of the channels' state, so a batch reads PostgreSQL only for channels it has not seen
 * (the database holds the durable copy). Least recently used channels are evicted beyond {@code capacity};
 * everything is forgotten on a rebalance. Used by the consumer thread only.
 */
final class ChannelStateCache {

    private final Map<String, ChannelState> states;

    ChannelStateCache(int capacity) {
        this.states = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ChannelState> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached states of {@code ids}; the ids not cached are not in the map. */
    Map<String, ChannelState> cached(Collection<String> ids) {
        Map<String, ChannelState> found = new HashMap<>();
        for (String id : ids) {
            ChannelState state = states.get(id);
            if (state != null) {
                found.put(id, state);
            }
        }
        return found;
    }

    List<String> missing(Collection<String> ids) {
        return ids.stream().filter(id -> !states.containsKey(id)).toList();
    }

    void putAll(Collection<ChannelState> updated) {
        updated.forEach(state -> states.put(state.broadcasterId(), state));
    }

    void clear() {
        states.clear();
    }
}
