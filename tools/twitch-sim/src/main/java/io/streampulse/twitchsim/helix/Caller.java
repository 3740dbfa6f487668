package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.oauth.TokenStore.AccessToken;

/** The authenticated client of one Helix request (app token: user -1). */
public record Caller(AccessToken token) {
    public String clientId() {
        return token.clientId();
    }

    public boolean isApp() {
        return token.isApp();
    }

    public int user() {
        return token.user();
    }

    public boolean hasScope(String scope) {
        return token.scopes().contains(scope);
    }
}
