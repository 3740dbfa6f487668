package io.streampulse.api.auth;

import java.net.URI;

/** The redirect to Twitch's consent page, and the {@code state} it carries (also set in the browser's cookie). */
record LoginStart(URI authorizeUrl, String state) {

    @Override
    public String toString() {
        return "LoginStart[authorizeUrl=" + authorizeUrl.getPath() + ", state=***]";
    }
}
