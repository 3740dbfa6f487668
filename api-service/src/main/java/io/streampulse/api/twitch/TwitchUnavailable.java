package io.streampulse.api.twitch;

/** Twitch (Helix or OAuth) did not answer usefully: the request gets a 503 or 502, never a 500. */
public final class TwitchUnavailable extends RuntimeException {

    public TwitchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
