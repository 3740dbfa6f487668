package io.streampulse.twitchsim.oauth;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.SimHttpServer;
import io.streampulse.twitchsim.world.Channels;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything under {@code /oauth2} (id.twitch.tv): token, validate, revoke, authorize. */
public final class OAuthRoute implements SimHttpServer.Route {
    private final Clients clients;
    private final TokenStore tokens;
    private final Channels channels;
    private final TokenEndpoint tokenEndpoint;
    private final AuthorizeEndpoint authorizeEndpoint;

    public OAuthRoute(Clients clients, TokenStore tokens, Grants grants, Channels channels) {
        this.clients = clients;
        this.tokens = tokens;
        this.channels = channels;
        this.tokenEndpoint = new TokenEndpoint(clients, tokens, grants);
        this.authorizeEndpoint = new AuthorizeEndpoint(clients, tokens, grants, channels);
    }

    @Override
    public void handle(HttpCall call) {
        String path = call.path();
        String method = call.method();
        switch (path) {
            case "/oauth2/token" -> requireMethod(method, "POST", () -> tokenEndpoint.handle(call));
            case "/oauth2/validate" -> requireMethod(method, "GET", () -> validate(call));
            case "/oauth2/revoke" -> requireMethod(method, "POST", () -> revoke(call));
            case "/oauth2/authorize" -> authorizeEndpoint.handle(call);
            default -> throw ApiError.oauth(404, "page not found");
        }
    }

    private void validate(HttpCall call) {
        String header = call.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiError.oauth(401, "missing authorization token");
        }
        String value = stripScheme(header.trim());
        TokenStore.AccessToken token = tokens.find(value)
                .orElseThrow(() -> ApiError.oauth(401, "invalid access token"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", token.clientId());
        if (!token.isApp()) {
            body.put("login", channels.login(token.user()));
        }
        body.put("scopes", token.scopes());
        if (!token.isApp()) {
            body.put("user_id", channels.userId(token.user()));
        }
        body.put("expires_in", tokens.secondsLeft(token));
        call.json(200, body);
    }

    private void revoke(HttpCall call) {
        Map<String, String> form = call.form();
        String clientId = form.get("client_id");
        if (!clients.exists(clientId)) {
            throw ApiError.oauth(404, "client does not exist");
        }
        if (!tokens.revoke(form.get("token"), clientId)) {
            throw ApiError.oauth(400, "Invalid token");
        }
        call.empty(200);
    }

    private static String stripScheme(String header) {
        int space = header.indexOf(' ');
        if (space > 0) {
            String scheme = header.substring(0, space);
            if (scheme.equalsIgnoreCase("OAuth") || scheme.equalsIgnoreCase("Bearer")) {
                return header.substring(space + 1).trim();
            }
        }
        return header;
    }

    private static void requireMethod(String actual, String expected, Runnable action) {
        if (!expected.equals(actual)) {
            throw ApiError.oauth(404, "page not found");
        }
        action.run();
    }
}
