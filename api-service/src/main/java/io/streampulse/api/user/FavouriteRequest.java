package io.streampulse.api.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code PUT /api/v1/me/favourite} body: {@code {"login": "<twitch login>"}}. */
@Serdeable
record FavouriteRequest(@Nullable String login) {
}
