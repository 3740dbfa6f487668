package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.HttpCall;

/** One Helix resource, called after authentication, rate limiting and fault injection passed. */
@FunctionalInterface
public interface HelixEndpoint {
    void handle(HttpCall call, Caller caller);
}
