package io.streampulse.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.api.user.SignIn;
import io.streampulse.api.user.SignedIn;
import io.streampulse.twitch.auth.TokenInfo;
import io.streampulse.twitch.auth.UserToken;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The state (CSRF) check and the steps of the authorization-code flow, against a fake Twitch. */
class LoginFlowTest {

    private static final String REDIRECT = "https://streampulse.example/auth/callback";
    private static final Instant EXPIRES = Instant.parse("2026-03-16T12:00:00Z");

    private final FakeTwitch twitch = new FakeTwitch();
    private final List<SignIn> signedIn = new ArrayList<>();
    private final LoginFlow flow = new LoginFlow(twitch, signIn -> {
        signedIn.add(signIn);
        return new SignedIn("session-token", EXPIRES, false);
    }, REDIRECT);

    @Test
    void beginningALoginMakesAFreshStateForTheCookieAndTheAuthorizeUrl() {
        // When two logins begin
        LoginStart first = flow.begin(Grant.VIEWER);
        LoginStart second = flow.begin(Grant.CHANNEL);

        // Then each has its own unguessable state, carried to Twitch with the grant's scopes
        assertThat(first.state()).hasSize(43).isNotEqualTo(second.state());
        assertThat(twitch.authorized).containsExactly(
            new Authorize(REDIRECT, List.of(), first.state()),
            new Authorize(REDIRECT, List.of("moderator:read:followers", "channel:read:subscriptions", "bits:read"),
                second.state()));
    }

    @Test
    void aCallbackWhoseStateMatchesTheCookieSignsTheUserIn() {
        // Given a login begun in this browser
        String state = flow.begin(Grant.VIEWER).state();

        // When Twitch redirects back with a code and the same state
        CallbackOutcome outcome = flow.complete(Map.of("code", "the-code", "scope", "", "state", state), state);

        // Then the code is exchanged for this redirect URI and the token's user is signed in
        assertThat(outcome).isEqualTo(new CallbackOutcome.LoggedIn(new SignedIn("session-token", EXPIRES, false)));
        assertThat(twitch.exchanged).containsExactly("the-code@" + REDIRECT);
        assertThat(signedIn).containsExactly(new SignIn("1001", "viewer", "Viewer", twitch.token, false));
    }

    @Test
    void aCallbackWithAnotherBrowsersStateIsRejectedWithoutTouchingTwitch() {
        // Given a login begun in this browser, and a callback carrying a state this browser never got (login CSRF)
        String mine = flow.begin(Grant.VIEWER).state();
        String foreign = flow.begin(Grant.VIEWER).state();

        // When the callback arrives
        CallbackOutcome outcome = flow.complete(Map.of("code", "attackers-code", "state", foreign), mine);

        // Then it is rejected, and no code is exchanged
        assertThat(outcome).isEqualTo(new CallbackOutcome.Rejected("state does not match"));
        assertThat(twitch.exchanged).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aCallbackWithoutStateOrWithoutTheCookieIsRejected() {
        // Given a login begun in this browser
        String state = flow.begin(Grant.VIEWER).state();

        // When a callback comes without state, or the browser has no state cookie
        CallbackOutcome noState = flow.complete(Map.of("code", "c"), state);
        CallbackOutcome noCookie = flow.complete(Map.of("code", "c", "state", state), null);
        CallbackOutcome noCode = flow.complete(Map.of("state", state), state);

        // Then each is rejected
        assertThat(List.of(noState, noCookie, noCode)).containsExactly(
            new CallbackOutcome.Rejected("state does not match"),
            new CallbackOutcome.Rejected("state does not match"),
            new CallbackOutcome.Rejected("no code"));
        assertThat(twitch.exchanged).isEmpty();
    }

    @Test
    void aDeniedConsentIsReportedWithItsErrorCodeOnly() {
        // Given a login begun in this browser
        String state = flow.begin(Grant.VIEWER).state();

        // When the user cancels on Twitch, or an error comes with characters that do not belong in a URL
        CallbackOutcome denied = flow.complete(Map.of("error", "access_denied",
            "error_description", "The user denied you access", "state", state), state);
        CallbackOutcome odd = flow.complete(Map.of("error", "<script>", "state", state), state);

        // Then the outcome is a denial with a safe error code, and nobody is signed in
        assertThat(denied).isEqualTo(new CallbackOutcome.Denied("access_denied"));
        assertThat(odd).isEqualTo(new CallbackOutcome.Denied("login_failed"));
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aTokenWithTheChannelScopesRecordsTheChannelGrant() {
        // Given a channel login, whose token carries the channel scopes
        String state = flow.begin(Grant.CHANNEL).state();
        twitch.token = new UserToken("access", "refresh", EXPIRES,
            List.of("bits:read", "channel:read:subscriptions", "moderator:read:followers"), "bearer");

        // When the callback completes
        flow.complete(Map.of("code", "c", "state", state), state);

        // Then the user is signed in with the channel grant
        assertThat(signedIn).extracting(SignIn::channelGrant).containsExactly(true);
    }

    @Test
    void aCodeTwitchRefusesFailsTheLogin() {
        // Given a code Twitch does not accept (used twice, expired)
        String state = flow.begin(Grant.VIEWER).state();
        twitch.refuseCodes = true;

        // When the callback completes, Then the login fails as refused
        assertThatThrownBy(() -> flow.complete(Map.of("code", "used", "state", state), state))
            .isInstanceOf(TwitchLogin.LoginRefused.class);
        assertThat(signedIn).isEmpty();
    }

    record Authorize(String redirectUri, List<String> scopes, String state) {
    }

    static final class FakeTwitch implements TwitchLogin {
        final List<Authorize> authorized = new ArrayList<>();
        final List<String> exchanged = new ArrayList<>();
        final Map<String, TokenInfo> valid = new HashMap<>();
        UserToken token = new UserToken("access", "refresh", EXPIRES, List.of(), "bearer");
        boolean refuseCodes;

        @Override
        public URI authorizeUrl(String redirectUri, List<String> scopes, String state) {
            authorized.add(new Authorize(redirectUri, scopes, state));
            return URI.create("https://id.twitch.tv/oauth2/authorize?state=" + state);
        }

        @Override
        public UserToken exchange(String code, String redirectUri) {
            if (refuseCodes) {
                throw new LoginRefused("Invalid authorization code", null);
            }
            exchanged.add(code + "@" + redirectUri);
            valid.put(token.accessToken(), new TokenInfo("client", "viewer", "1001", token.scopes(), 3600));
            return token;
        }

        @Override
        public Optional<TokenInfo> validate(String accessToken) {
            return Optional.ofNullable(valid.get(accessToken));
        }

        @Override
        public UserToken refresh(String refreshToken) {
            throw new LoginRefused("Invalid refresh token", null);
        }

        @Override
        public String displayName(String userId, String login) {
            return "Viewer";
        }
    }
}
