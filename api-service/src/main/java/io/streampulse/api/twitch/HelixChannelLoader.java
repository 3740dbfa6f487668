package io.streampulse.api.twitch;

import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Helix Get Users by login (app token, shared budget): the authority on which logins exist. */
final class HelixChannelLoader implements Function<String, Optional<ChannelRef>> {

    private final HelixClient helix;
    private final Duration timeout;

    HelixChannelLoader(HelixClient helix, Duration timeout) {
        this.helix = helix;
        this.timeout = timeout;
    }

    @Override
    public Optional<ChannelRef> apply(String login) {
        try {
            List<HelixUser> users = helix.getUsers(List.of(), List.of(login))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return users.stream().findFirst()
                .map(u -> new ChannelRef(u.id(), u.login().toLowerCase(Locale.ROOT), u.displayName()));
        } catch (ExecutionException e) {
            throw new TwitchUnavailable("Helix Get Users failed", e.getCause());
        } catch (TimeoutException e) {
            throw new TwitchUnavailable("Helix Get Users timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TwitchUnavailable("interrupted", e);
        }
    }
}
