package io.streampulse.twitchsim.oauth;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which user authorized which client with which scopes (the "connections" page of a Twitch account). A grant
 * survives its tokens: EventSub subscriptions need only the grant, made once through the code flow.
 */
public final class Grants {
    /** Notified after a user authorized a client (first time or more scopes) and after a revocation. */
    public interface Listener {
        void granted(int user, String clientId, Set<String> scopes);

        void revoked(int user, String clientId);
    }

    private final Map<Integer, Map<String, Set<String>>> byUser = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Adds scopes to the user's authorization of the client (Twitch keeps the union of approved scopes). */
    public void grant(int user, String clientId, Collection<String> scopes) {
        Set<String> merged = new TreeSet<>();
        byUser.compute(user, (u, clients) -> {
            Map<String, Set<String>> map = clients == null ? new ConcurrentHashMap<>() : clients;
            Set<String> current = new TreeSet<>(map.getOrDefault(clientId, Set.of()));
            current.addAll(scopes);
            map.put(clientId, Set.copyOf(current));
            merged.addAll(current);
            return map;
        });
        listeners.forEach(l -> l.granted(user, clientId, Set.copyOf(merged)));
    }

    /** Removes the authorization; true when there was one. */
    public boolean revoke(int user, String clientId) {
        Map<String, Set<String>> clients = byUser.get(user);
        boolean had = clients != null && clients.remove(clientId) != null;
        if (had) {
            listeners.forEach(l -> l.revoked(user, clientId));
        }
        return had;
    }

    public boolean hasAuthorized(int user, String clientId) {
        Map<String, Set<String>> clients = byUser.get(user);
        return clients != null && clients.containsKey(clientId);
    }

    public Set<String> scopes(int user, String clientId) {
        Map<String, Set<String>> clients = byUser.get(user);
        return clients == null ? Set.of() : clients.getOrDefault(clientId, Set.of());
    }

    public boolean hasScope(int user, String clientId, String scope) {
        return scopes(user, clientId).contains(scope);
    }
}
