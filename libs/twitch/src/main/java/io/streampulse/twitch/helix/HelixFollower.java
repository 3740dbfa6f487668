package io.streampulse.twitch.helix;

import java.time.Instant;

/** One follower from {@code GET /channels/followers}. */
public record HelixFollower(String userId, String userLogin, String userName, Instant followedAt) {
}
