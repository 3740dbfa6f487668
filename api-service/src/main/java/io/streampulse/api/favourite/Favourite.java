package io.streampulse.api.favourite;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.streampulse.api.twitch.ChannelRef;

/** A user's favourite streamer ({@code {broadcaster_id, login, name}} in JSON). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Favourite(String broadcasterId, String login, String name) {

    public static Favourite of(ChannelRef channel) {
        return new Favourite(channel.broadcasterId(), channel.login(), channel.name());
    }
}
