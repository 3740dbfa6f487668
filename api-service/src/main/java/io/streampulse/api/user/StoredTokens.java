package io.streampulse.api.user;

/** A user's Twitch tokens as stored; {@link #toString()} never shows them. */
public record StoredTokens(String userId, String accessToken, String refreshToken) {

    @Override
    public String toString() {
        return "StoredTokens[userId=" + userId + ", accessToken=***, refreshToken=***]";
    }
}
