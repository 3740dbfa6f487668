package io.streampulse.api.twitch;

import java.util.Objects;

/** A Twitch channel by its id, with its current login (lower case) and display name. */
public record ChannelRef(String broadcasterId, String login, String name) {

    public ChannelRef {
        Objects.requireNonNull(broadcasterId, "broadcasterId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
    }
}
