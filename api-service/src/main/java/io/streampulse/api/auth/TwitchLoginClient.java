package io.streampulse.api.auth;

import io.streampulse.api.twitch.TwitchUnavailable;
import io.streampulse.twitch.auth.TokenInfo;
import io.streampulse.twitch.auth.TwitchAuthException;
import io.streampulse.twitch.auth.UserAuthClient;
import io.streampulse.twitch.auth.UserToken;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link TwitchLogin} over libs/twitch: {@link UserAuthClient} for OAuth, {@link HelixClient} for names. */
final class TwitchLoginClient implements TwitchLogin {

    private final UserAuthClient oauth;
    private final HelixClient helix;
    private final Duration timeout;

    TwitchLoginClient(UserAuthClient oauth, HelixClient helix, Duration timeout) {
        this.oauth = oauth;
        this.helix = helix;
        this.timeout = timeout;
    }

    @Override
    public URI authorizeUrl(String redirectUri, List<String> scopes, String state) {
        return oauth.authorizeUrl(redirectUri, scopes, state, false);
    }

    @Override
    public UserToken exchange(String code, String redirectUri) {
        return await(oauth.exchangeCode(code, redirectUri), "code exchange");
    }

    @Override
    public Optional<TokenInfo> validate(String accessToken) {
        return await(oauth.validate(accessToken), "token validation");
    }

    @Override
    public UserToken refresh(String refreshToken) {
        return await(oauth.refresh(refreshToken), "token refresh");
    }

    @Override
    public String displayName(String userId, String login) {
        try {
            List<HelixUser> users = await(helix.getUsers(List.of(userId), List.of()), "Get Users");
            return users.stream().findFirst().map(HelixUser::displayName).filter(n -> !n.isBlank()).orElse(login);
        } catch (TwitchUnavailable e) {
            return login;
        }
    }

    private <T> T await(CompletableFuture<T> call, String what) {
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : e.getCause();
            if (cause instanceof TwitchAuthException refused && refused.status() / 100 == 4) {
                throw new LoginRefused("Twitch refused the " + what + " (" + refused.status() + ")", refused);
            }
            throw new TwitchUnavailable("Twitch " + what + " failed", cause);
        } catch (TimeoutException e) {
            throw new TwitchUnavailable("Twitch " + what + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TwitchUnavailable("interrupted", e);
        }
    }
}
