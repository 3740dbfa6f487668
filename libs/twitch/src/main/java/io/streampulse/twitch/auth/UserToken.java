package io.streampulse.twitch.auth;

import java.time.Instant;
import java.util.List;

/**
 * A user access token from the authorization-code or refresh grant. Store both tokens: a refresh may
 * return a new refresh token. Neither token appears in {@link #toString()}.
 */
public record UserToken(String accessToken, String refreshToken, Instant expiresAt, List<String> scopes,
                        String tokenType) {

    public UserToken {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "UserToken[accessToken=***, refreshToken=***, expiresAt=" + expiresAt + ", scopes=" + scopes
                + ", tokenType=" + tokenType + "]";
    }
}
