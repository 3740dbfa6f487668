package io.streampulse.api.user;

import io.streampulse.twitch.auth.UserToken;

/** A completed Twitch login: the user, their new tokens, and whether these tokens carry the channel scopes. */
public record SignIn(String userId, String login, String displayName, UserToken token, boolean channelGrant) {
}
