package io.streampulse.api.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.streampulse.api.favourite.Favourite;

/** {@code GET /api/v1/me}: the signed-in user, their favourite streamer (or null) and their channel grant. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Me(String userId, String login, String displayName, Favourite favourite, boolean channelGrant) {

    static Me of(UserProfile profile, Favourite favourite) {
        return new Me(profile.userId(), profile.login(), profile.displayName(), favourite, profile.channelGrant());
    }
}
