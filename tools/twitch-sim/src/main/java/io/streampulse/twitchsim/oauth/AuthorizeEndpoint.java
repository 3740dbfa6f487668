package io.streampulse.twitchsim.oauth;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.world.Channels;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /oauth2/authorize}: the consent page of the authorization code flow. GET shows the page (Approve / Deny
 * buttons posting back here); POST redirects to {@code redirect_uri?code=&scope=&state=} or
 * {@code ?error=access_denied&error_description=&state=}. For automation, {@code sim_login=<login>} picks the
 * user and {@code sim_auto_approve=true} redirects at once without a page.
 */
final class AuthorizeEndpoint {
    private final Clients clients;
    private final TokenStore tokens;
    private final Grants grants;
    private final Channels channels;

    AuthorizeEndpoint(Clients clients, TokenStore tokens, Grants grants, Channels channels) {
        this.clients = clients;
        this.tokens = tokens;
        this.grants = grants;
        this.channels = channels;
    }

    void handle(HttpCall call) {
        boolean post = "POST".equals(call.method());
        Map<String, String> params = post ? call.form() : firstValues(call);
        String clientId = params.get("client_id");
        if (!clients.exists(clientId)) {
            throw ApiError.oauth(400, "invalid client");
        }
        String redirectUri = validRedirect(params.get("redirect_uri"));
        if (!"code".equals(params.getOrDefault("response_type", "code"))) {
            throw ApiError.oauth(400, "unsupported response_type");
        }
        String login = params.getOrDefault(post ? "login" : "sim_login", channels.login(0));
        int user = channels.byLogin(login);
        if (user < 0) {
            throw ApiError.oauth(400, "unknown user login: " + login);
        }
        String scope = params.getOrDefault("scope", "").trim();
        String state = params.get("state");
        if (post && "deny".equals(params.get("decision"))) {
            call.redirect(redirectUri + separator(redirectUri) + "error=access_denied&error_description="
                    + encode("The user denied you access") + stateParam(state));
        } else if (post || "true".equals(params.get("sim_auto_approve"))) {
            approve(call, clientId, redirectUri, user, scope, state);
        } else {
            call.text(200, "text/html; charset=utf-8", ConsentPage.render(params, login, scopes(scope)));
        }
    }

    private void approve(HttpCall call, String clientId, String redirectUri, int user, String scope, String state) {
        List<String> scopes = scopes(scope);
        grants.grant(user, clientId, scopes);
        String code = tokens.newCode(clientId, redirectUri, user, scopes);
        call.redirect(redirectUri + separator(redirectUri) + "code=" + code + "&scope="
                + encode(String.join(" ", scopes)) + stateParam(state));
    }

    private static String validRedirect(String redirectUri) {
        try {
            URI uri = redirectUri == null ? null : new URI(redirectUri);
            if (uri != null && uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return redirectUri;
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to the error below
        }
        throw ApiError.oauth(400, "Parameter redirect_uri does not match registered URI");
    }

    private static List<String> scopes(String scope) {
        return Arrays.stream(scope.split("\\s+")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Map<String, String> firstValues(HttpCall call) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        call.query().forEach((k, v) -> values.put(k, v.get(0)));
        return values;
    }

    private static String separator(String uri) {
        return uri.contains("?") ? "&" : "?";
    }

    private static String stateParam(String state) {
        return state == null ? "" : "&state=" + encode(state);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
