package io.streampulse.twitchsim;

import java.util.List;

/** The result of a broadcaster authorizing the client: their ids and a fresh user token pair. */
public record UserAuthorization(String userId, String login, String accessToken, String refreshToken,
                                List<String> scopes) { }
