package io.streampulse.twitchsim.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Registered applications (client id -> secret). The configured client is always present. */
public final class Clients {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    public Clients(String clientId, String clientSecret) {
        register(clientId, clientSecret);
    }

    public void register(String clientId, String clientSecret) {
        secrets.put(clientId, clientSecret);
    }

    public boolean exists(String clientId) {
        return clientId != null && secrets.containsKey(clientId);
    }

    public boolean secretMatches(String clientId, String secret) {
        String expected = clientId == null ? null : secrets.get(clientId);
        return expected != null && secret != null
                && java.security.MessageDigest.isEqual(expected.getBytes(), secret.getBytes());
    }
}
