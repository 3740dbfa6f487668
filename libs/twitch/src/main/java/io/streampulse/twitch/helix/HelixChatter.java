package io.streampulse.twitch.helix;

/** One user in chat from {@code GET /chat/chatters}. */
public record HelixChatter(String userId, String userLogin, String userName) {
}
