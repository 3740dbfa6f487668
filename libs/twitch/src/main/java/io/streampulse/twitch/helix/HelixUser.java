package io.streampulse.twitch.helix;

import java.time.Instant;

/**
 * A user from {@code GET /users} ({@code view_count} is deprecated and left out; {@code email} only with
 * {@code user:read:email} for the token's own user).
 */
public record HelixUser(String id, String login, String displayName, String type, String broadcasterType,
                        String description, String profileImageUrl, String offlineImageUrl, String email,
                        Instant createdAt) {

    @Override
    public String toString() {
        return "HelixUser[id=" + id + ", login=" + login + ", displayName=" + displayName + ", type=" + type
                + ", broadcasterType=" + broadcasterType + ", createdAt=" + createdAt + "]";
    }
}
