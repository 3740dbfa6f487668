package io.streampulse.twitchsim.oauth;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /oauth2/token}: client_credentials, authorization_code and refresh_token grants, with the error
 * bodies of id.twitch.tv (400 "invalid client", 403 "invalid client secret", 400 "Invalid refresh token").
 */
final class TokenEndpoint {
    private final Clients clients;
    private final TokenStore tokens;
    private final Grants grants;

    TokenEndpoint(Clients clients, TokenStore tokens, Grants grants) {
        this.clients = clients;
        this.tokens = tokens;
        this.grants = grants;
    }

    void handle(HttpCall call) {
        Map<String, String> form = call.form();
        String clientId = form.get("client_id");
        if (clientId == null || clientId.isEmpty()) {
            throw ApiError.oauth(400, "missing client id");
        }
        if (!clients.exists(clientId)) {
            throw ApiError.oauth(400, "invalid client");
        }
        if (!clients.secretMatches(clientId, form.get("client_secret"))) {
            throw ApiError.oauth(403, "invalid client secret");
        }
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw ApiError.oauth(400, "missing grant_type");
        }
        switch (grantType) {
            case "client_credentials" -> call.json(200, appToken(tokens.issueApp(clientId)));
            case "authorization_code" -> call.json(200, userTokens(exchangeCode(clientId, form)));
            case "refresh_token" -> call.json(200, userTokens(tokens.refresh(clientId, form.get("refresh_token"))
                    .orElseThrow(() -> ApiError.helix(400, "Invalid refresh token"))));
            default -> throw ApiError.oauth(400, "unsupported grant type");
        }
    }

    private TokenStore.UserTokens exchangeCode(String clientId, Map<String, String> form) {
        TokenStore.Code code = tokens.takeCode(form.get("code"), clientId)
                .orElseThrow(() -> ApiError.oauth(400, "Invalid authorization code"));
        if (!code.redirectUri().equals(form.get("redirect_uri"))) {
            throw ApiError.oauth(400, "Parameter redirect_uri does not match registered URI");
        }
        grants.grant(code.user(), clientId, code.scopes());
        return tokens.issueUser(clientId, code.user(), code.scopes());
    }

    private Map<String, Object> appToken(TokenStore.AccessToken token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.value());
        body.put("expires_in", tokens.secondsLeft(token));
        body.put("token_type", "bearer");
        return body;
    }

    private Map<String, Object> userTokens(TokenStore.UserTokens issued) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.access().value());
        body.put("expires_in", tokens.secondsLeft(issued.access()));
        body.put("refresh_token", issued.refreshToken());
        body.put("scope", issued.access().scopes());
        body.put("token_type", "bearer");
        return body;
    }
}
