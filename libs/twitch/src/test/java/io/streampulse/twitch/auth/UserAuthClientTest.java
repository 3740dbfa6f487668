package io.streampulse.twitch.auth;

import io.streampulse.twitch.Fixtures;
import io.streampulse.twitch.MutableClock;
import io.streampulse.twitch.StubTwitch;
import io.streampulse.twitch.StubTwitch.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAuthClientTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final StubTwitch twitch = StubTwitch.start();
    private final UserAuthClient auth = new UserAuthClient(twitch.config(), HttpClient.newHttpClient(),
            new MutableClock(NOW));

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void buildsTheAuthorizeUrlWithEncodedScopesAndState() {
        URI url = auth.authorizeUrl("http://localhost:8080/auth/callback",
                List.of("moderator:read:followers", "bits:read"), "st4te", true);

        assertThat(url.toString()).isEqualTo(twitch.base() + "/oauth2/authorize?response_type=code"
                + "&client_id=stub-client-id&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fauth%2Fcallback"
                + "&scope=moderator%3Aread%3Afollowers+bits%3Aread&state=st4te&force_verify=true");
        assertThat(UserAuthClient.newState()).hasSize(43).isNotEqualTo(UserAuthClient.newState());
    }

    @Test
    void exchangesACodeForTokens() {
        twitch.enqueue("/oauth2/token", Answer.json(200, Fixtures.text("oauth-authorization-code-response.json")));

        UserToken token = auth.exchangeCode("c0de", "http://localhost:8080/auth/callback").join();

        assertThat(token).isEqualTo(new UserToken("rfx2uswqe8l4g1mkagrvg5tv0ks3",
                "5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01", NOW.plusSeconds(14124),
                List.of("channel:moderate", "chat:edit", "chat:read"), "bearer"));
        assertThat(twitch.requests("/oauth2/token").get(0).body()).isEqualTo("client_id=stub-client-id"
                + "&client_secret=stub-client-secret&code=c0de&grant_type=authorization_code"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fauth%2Fcallback");
        assertThat(token.toString()).doesNotContain("rfx2uswqe8l4g1mkagrvg5tv0ks3")
                .doesNotContain("5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01");
    }

    @Test
    void refreshSendsTheRefreshTokenAndReportsAnInvalidOneTyped() {
        twitch.enqueue("/oauth2/token", Answer.json(400,
                "{\"error\":\"Bad Request\",\"status\":400,\"message\":\"Invalid refresh token\"}"));

        assertThatThrownBy(() -> auth.refresh("old/refresh+token").join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(TwitchAuthException.class, e -> assertThat(List.of(e.status(),
                        e.error(), e.twitchMessage())).isEqualTo(List.of(400, "Bad Request", "Invalid refresh token")));
        assertThat(twitch.requests("/oauth2/token").get(0).body()).isEqualTo("client_id=stub-client-id"
                + "&client_secret=stub-client-secret&grant_type=refresh_token&refresh_token=old%2Frefresh%2Btoken");
    }

    @Test
    void validateReturnsTheTokenFactsOrEmptyWhenInvalid() {
        twitch.enqueue("/oauth2/validate", Answer.json(200, "{\"client_id\":\"wbmytr93xzw8zbg0p1izqyzzc5mbiz\","
                + "\"login\":\"twitchdev\",\"scopes\":[\"channel:read:subscriptions\"],\"user_id\":\"141981764\","
                + "\"expires_in\":5520838}"));
        twitch.enqueue("/oauth2/validate", Answer.json(401, "{\"status\":401,\"message\":\"invalid access token\"}"));

        Optional<TokenInfo> valid = auth.validate("good").join();
        Optional<TokenInfo> invalid = auth.validate("bad").join();

        assertThat(valid).contains(new TokenInfo("wbmytr93xzw8zbg0p1izqyzzc5mbiz", "twitchdev", "141981764",
                List.of("channel:read:subscriptions"), 5520838));
        assertThat(invalid).isEmpty();
        assertThat(twitch.requests("/oauth2/validate").get(0).header("Authorization")).isEqualTo("OAuth good");
    }

    @Test
    void revokeSucceedsOn200AndFailsTypedOn400() {
        twitch.enqueue("/oauth2/revoke", Answer.empty(200))
                .enqueue("/oauth2/revoke", Answer.json(400, "{\"status\":400,\"message\":\"Invalid token\"}"));

        auth.revoke("t1").join();

        assertThatThrownBy(() -> auth.revoke("t2").join()).cause().isInstanceOfSatisfying(TwitchAuthException.class,
                e -> assertThat(e.twitchMessage()).isEqualTo("Invalid token"));
        assertThat(twitch.requests("/oauth2/revoke").get(0).body()).isEqualTo("client_id=stub-client-id&token=t1");
    }

    @Test
    void theCallbackIsAcceptedOnlyWithOurState() {
        assertThat(auth.readCallback(Map.of("code", "c", "scope", "bits:read moderator:read:followers",
                "state", "s1"), "s1")).isEqualTo(new AuthorizationCallback.Granted("c",
                List.of("bits:read", "moderator:read:followers")));
        assertThat(auth.readCallback(Map.of("error", "access_denied", "error_description", "The user denied",
                "state", "s1"), "s1")).isEqualTo(new AuthorizationCallback.Denied("access_denied", "The user denied"));
        assertThat(auth.readCallback(Map.of("code", "c", "state", "forged"), "s1"))
                .isEqualTo(new AuthorizationCallback.Rejected("state does not match"));
        assertThat(auth.readCallback(Map.of("code", "c"), "s1"))
                .isEqualTo(new AuthorizationCallback.Rejected("state does not match"));
    }
}
