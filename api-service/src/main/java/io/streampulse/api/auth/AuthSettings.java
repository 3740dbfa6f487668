package io.streampulse.api.auth;

import java.time.Duration;

/**
 * @param publicUrl      where browsers reach the API (scheme, host, port); Twitch redirects to
 *                       {@code <publicUrl>/auth/callback}, which must be registered with the Twitch application
 * @param stateTtl       how long a started login may take
 * @param validateEvery  Twitch wants every stored user token validated hourly
 * @param validateBatch  tokens one maintenance run validates at most
 */
record AuthSettings(String publicUrl, Duration stateTtl, Duration validateEvery, int validateBatch) {

    String redirectUri() {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
            + "/auth/callback";
    }
}
