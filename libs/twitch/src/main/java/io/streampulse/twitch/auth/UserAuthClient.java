package io.streampulse.twitch.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.streampulse.twitch.TwitchConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The authorization-code flow for broadcasters and viewers: authorize URL, code exchange, refresh,
 * validate and revoke. Framework-free; the api-service keeps the state and the tokens.
 */
public final class UserAuthClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthHttp oauth;
    private final Clock clock;

    public UserAuthClient(TwitchConfig config, HttpClient http) {
        this(config, http, Clock.systemUTC());
    }

    public UserAuthClient(TwitchConfig config, HttpClient http, Clock clock) {
        this.oauth = new OAuthHttp(config, http);
        this.clock = clock;
    }

    /** A fresh unguessable {@code state} (32 random bytes, base64url) to bind the callback to this login. */
    public static String newState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code {authUrl}/authorize?response_type=code&client_id&redirect_uri&scope&state[&force_verify=true]}. */
    public URI authorizeUrl(String redirectUri, Collection<String> scopes, String state, boolean forceVerify) {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state is required (CSRF protection)");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", oauth.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", scopes));
        query.put("state", state);
        if (forceVerify) {
            query.put("force_verify", "true");
        }
        return URI.create(oauth.uri("authorize") + "?" + OAuthHttp.encode(query));
    }

    /** Checks the callback query against the state sent with {@link #authorizeUrl}. */
    public AuthorizationCallback readCallback(Map<String, String> query, String expectedState) {
        return AuthorizationCallback.of(query, expectedState);
    }

    /** {@code grant_type=authorization_code}. */
    public CompletableFuture<UserToken> exchangeCode(String code, String redirectUri) {
        Map<String, String> form = credentials();
        form.put("code", code);
        form.put("grant_type", "authorization_code");
        form.put("redirect_uri", redirectUri);
        return tokenRequest(form);
    }

    /** {@code grant_type=refresh_token}; 400 "Invalid refresh token" fails with {@link TwitchAuthException}. */
    public CompletableFuture<UserToken> refresh(String refreshToken) {
        Map<String, String> form = credentials();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return tokenRequest(form);
    }

    /** {@code GET /validate}: the token's facts, or empty when Twitch answers 401 (invalid or expired). */
    public CompletableFuture<Optional<TokenInfo>> validate(String accessToken) {
        return oauth.getWithToken("validate", accessToken).thenApply(response -> {
            if (response.statusCode() == 401) {
                return Optional.<TokenInfo>empty();
            }
            if (response.statusCode() / 100 != 2) {
                throw new CompletionException(oauth.errorOf(response));
            }
            return Optional.of(oauth.parse(response, TokenInfo.class));
        });
    }

    /** {@code POST /revoke}; completes normally on 200. */
    public CompletableFuture<Void> revoke(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", oauth.clientId());
        form.put("token", token);
        return oauth.postForm("revoke", form).thenAccept(response -> { });
    }

    private CompletableFuture<UserToken> tokenRequest(Map<String, String> form) {
        Instant requestedAt = clock.instant();
        return oauth.postForm("token", form).thenApply(response -> toUserToken(response, requestedAt));
    }

    private UserToken toUserToken(HttpResponse<String> response, Instant requestedAt) {
        TokenResponse body = oauth.parse(response, TokenResponse.class);
        if (body.accessToken() == null || body.accessToken().isBlank()) {
            throw new TwitchAuthException(response.statusCode(), "Malformed response", "no access_token", null);
        }
        return new UserToken(body.accessToken(), body.refreshToken(), requestedAt.plusSeconds(body.expiresIn()),
                body.scope(), body.tokenType());
    }

    private Map<String, String> credentials() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", oauth.clientId());
        form.put("client_secret", oauth.clientSecret());
        return form;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(String accessToken, String refreshToken, long expiresIn, List<String> scope,
                         String tokenType) {
        @Override
        public String toString() {
            return "TokenResponse[***]";
        }
    }
}
