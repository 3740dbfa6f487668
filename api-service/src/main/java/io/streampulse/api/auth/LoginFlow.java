package io.streampulse.api.auth;

import io.streampulse.api.user.SignIn;
import io.streampulse.api.user.SignedIn;
import io.streampulse.twitch.auth.AuthorizationCallback;
import io.streampulse.twitch.auth.TokenInfo;
import io.streampulse.twitch.auth.UserAuthClient;
import io.streampulse.twitch.auth.UserToken;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The authorization-code flow. {@link #begin} makes a random {@code state} for the browser's cookie and the
 * authorize URL; {@link #complete} accepts a callback only when its {@code state} equals the cookie's (so a
 * callback started in another browser, a login CSRF, is refused), exchanges the code, asks Twitch who the token
 * belongs to and signs the user in.
 */
final class LoginFlow {

    private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,40}");

    private final TwitchLogin twitch;
    private final Function<SignIn, SignedIn> accounts;
    private final String redirectUri;

    /** @param accounts signs a user in (stores them and their tokens, opens a session): {@code Accounts::signIn} */
    LoginFlow(TwitchLogin twitch, Function<SignIn, SignedIn> accounts, String redirectUri) {
        this.twitch = twitch;
        this.accounts = accounts;
        this.redirectUri = redirectUri;
    }

    LoginStart begin(Grant grant) {
        String state = UserAuthClient.newState();
        return new LoginStart(twitch.authorizeUrl(redirectUri, grant.scopes(), state), state);
    }

    /**
     * @param query       the callback's query parameters
     * @param cookieState the state of the browser's login cookie, null when it has none
     */
    CallbackOutcome complete(Map<String, String> query, String cookieState) {
        AuthorizationCallback callback = AuthorizationCallback.of(query, cookieState);
        if (callback instanceof AuthorizationCallback.Rejected rejected) {
            return new CallbackOutcome.Rejected(rejected.reason());
        }
        if (callback instanceof AuthorizationCallback.Denied denied) {
            String error = denied.error() != null && ERROR_CODE.matcher(denied.error()).matches()
                ? denied.error() : "login_failed";
            return new CallbackOutcome.Denied(error);
        }
        AuthorizationCallback.Granted granted = (AuthorizationCallback.Granted) callback;
        UserToken token = twitch.exchange(granted.code(), redirectUri);
        TokenInfo info = twitch.validate(token.accessToken()).filter(i -> !i.isAppToken())
            .orElseThrow(() -> new TwitchLogin.LoginRefused("Twitch does not recognise the new token", null));
        SignIn signIn = new SignIn(info.userId(), info.login(), twitch.displayName(info.userId(), info.login()),
            token, Grant.coversChannel(token.scopes()));
        SignedIn session = accounts.apply(signIn);
        return new CallbackOutcome.LoggedIn(session);
    }
}
