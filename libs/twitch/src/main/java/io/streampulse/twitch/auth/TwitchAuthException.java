package io.streampulse.twitch.auth;

/**
 * An id.twitch.tv call failed. {@code status} is the HTTP status (0 when no response arrived);
 * {@code error} and {@code message} come from Twitch's error JSON when it sent one.
 */
public final class TwitchAuthException extends RuntimeException {

    private final int status;
    private final String error;
    private final String twitchMessage;

    public TwitchAuthException(int status, String error, String message, Throwable cause) {
        super("Twitch OAuth " + (status == 0 ? "transport failure" : "HTTP " + status)
                + (error == null ? "" : " " + error) + (message == null ? "" : ": " + message), cause);
        this.status = status;
        this.error = error;
        this.twitchMessage = message;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String twitchMessage() {
        return twitchMessage;
    }
}
