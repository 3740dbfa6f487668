package io.streampulse.api.auth;

import io.streampulse.twitch.auth.TokenInfo;
import io.streampulse.twitch.auth.UserToken;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The Twitch side of the login: what {@link LoginFlow} and {@link TokenValidation} ask of id.twitch.tv and Helix. */
interface TwitchLogin {

    URI authorizeUrl(String redirectUri, List<String> scopes, String state);

    /** Exchanges the code of the callback; {@link LoginRefused} when Twitch rejects it. */
    UserToken exchange(String code, String redirectUri);

    /** What Twitch says about a token now; empty when it is invalid or expired. */
    Optional<TokenInfo> validate(String accessToken);

    /** A new token pair; {@link LoginRefused} when the refresh token is no longer valid. */
    UserToken refresh(String refreshToken);

    /** The user's display name (Helix Get Users), or their login when Helix cannot say. */
    String displayName(String userId, String login);

    /** Twitch refused (a 4xx): the code or refresh token is not valid. */
    final class LoginRefused extends RuntimeException {
        LoginRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
