package io.streampulse.api.twitch;

import java.util.Optional;

/** Resolves a Twitch login to its channel. */
public interface ChannelLookup {

    /**
     * The channel of a (valid, lower-case) login; empty when Twitch has no such user.
     *
     * @throws TwitchUnavailable when Twitch could not answer
     */
    Optional<ChannelRef> byLogin(String login);

    /** A fresh fact seen elsewhere (a channel event names its channel): saves a Helix call for that login. */
    void remember(ChannelRef channel);
}
