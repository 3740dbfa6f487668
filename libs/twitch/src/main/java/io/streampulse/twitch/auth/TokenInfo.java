package io.streampulse.twitch.auth;

import java.util.List;

/**
 * What {@code GET /oauth2/validate} says about a valid token. {@code login} and {@code userId} are
 * null for app tokens.
 */
public record TokenInfo(String clientId, String login, String userId, List<String> scopes, long expiresIn) {

    public TokenInfo {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean isAppToken() {
        return userId == null;
    }
}
