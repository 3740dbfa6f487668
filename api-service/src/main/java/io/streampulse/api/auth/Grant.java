package io.streampulse.api.auth;

import java.util.List;
import java.util.Optional;

/**
 * What a login asks Twitch for: {@link #VIEWER} only identifies the user; {@link #CHANNEL} (from
 * {@code /auth/login?grant=channel}) also asks the scopes ingest needs to subscribe to the user's own channel's
 * follow, subscription and cheer events.
 */
enum Grant {
    VIEWER(List.of()),
    CHANNEL(List.of("moderator:read:followers", "channel:read:subscriptions", "bits:read"));

    private final List<String> scopes;

    Grant(List<String> scopes) {
        this.scopes = scopes;
    }

    List<String> scopes() {
        return scopes;
    }

    /** The grant named by the {@code grant} query parameter; absent means {@link #VIEWER}. */
    static Optional<Grant> parse(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(VIEWER);
        }
        return "channel".equals(value) ? Optional.of(CHANNEL) : Optional.empty();
    }

    /** Whether the scopes a token carries include everything the channel grant asks for. */
    static boolean coversChannel(List<String> scopes) {
        return scopes.containsAll(CHANNEL.scopes);
    }
}
