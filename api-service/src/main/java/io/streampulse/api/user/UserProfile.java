package io.streampulse.api.user;

/** Who a user is to us: Twitch id, login, display name, and whether they granted the channel scopes. */
public record UserProfile(String userId, String login, String displayName, boolean channelGrant) {
}
