package io.streampulse.twitch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where Twitch is and who we are to it. Defaults point at the local simulator (tools/twitch-sim).
 *
 * <p>The client secret never appears in {@link #toString()}.
 *
 * @param helixUrl       Helix base, e.g. {@code https://api.twitch.tv/helix} (no trailing slash needed)
 * @param authUrl        OAuth base, e.g. {@code https://id.twitch.tv/oauth2}
 * @param clientId       the app's client id (also the key of the shared rate budget)
 * @param clientSecret   the app's client secret
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-response timeout of one HTTP request
 */
public record TwitchConfig(URI helixUrl, URI authUrl, String clientId, String clientSecret,
                           Duration connectTimeout, Duration requestTimeout) {

    public static final String DEFAULT_HELIX_URL = "http://localhost:8090/helix";
    public static final String DEFAULT_AUTH_URL = "http://localhost:8090/oauth2";
    public static final String DEFAULT_CLIENT_ID = "streampulse-local";
    public static final String DEFAULT_CLIENT_SECRET = "streampulse-local-secret";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public TwitchConfig {
        helixUrl = withoutTrailingSlash(Objects.requireNonNull(helixUrl, "helixUrl"));
        authUrl = withoutTrailingSlash(Objects.requireNonNull(authUrl, "authUrl"));
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** Configuration with default timeouts. */
    public static TwitchConfig of(String helixUrl, String authUrl, String clientId, String clientSecret) {
        return new TwitchConfig(URI.create(helixUrl), URI.create(authUrl), clientId, clientSecret,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** Reads TWITCH_HELIX_URL, TWITCH_AUTH_URL, TWITCH_CLIENT_ID, TWITCH_CLIENT_SECRET; defaults = local simulator. */
    public static TwitchConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /** Same as {@link #fromEnv()} over the given variables (testable). */
    public static TwitchConfig fromEnv(Map<String, String> env) {
        return of(value(env, "TWITCH_HELIX_URL", DEFAULT_HELIX_URL),
                value(env, "TWITCH_AUTH_URL", DEFAULT_AUTH_URL),
                value(env, "TWITCH_CLIENT_ID", DEFAULT_CLIENT_ID),
                value(env, "TWITCH_CLIENT_SECRET", DEFAULT_CLIENT_SECRET));
    }

    public TwitchConfig withTimeouts(Duration connect, Duration request) {
        return new TwitchConfig(helixUrl, authUrl, clientId, clientSecret, connect, request);
    }

    public TwitchConfig withCredentials(String newClientId, String newClientSecret) {
        return new TwitchConfig(helixUrl, authUrl, newClientId, newClientSecret, connectTimeout, requestTimeout);
    }

    @Override
    public String toString() {
        return "TwitchConfig[helixUrl=" + helixUrl + ", authUrl=" + authUrl + ", clientId=" + clientId
                + ", clientSecret=***, connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
