package io.streampulse.twitch.helix;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A Helix call failed for good (after the retries the {@link RetryPolicy} allows). One subclass per
 * kind of failure callers treat differently; {@code status} is the HTTP status (0 when no response),
 * {@code error} and {@link #twitchMessage()} come from Twitch's {@code {"error","status","message"}} body.
 * Futures of {@link HelixClient} complete exceptionally with these (wrapped in CompletionException by
 * {@code join()}; use {@link #from(Throwable)}).
 */
public abstract sealed class HelixException extends RuntimeException {

    private final String endpoint;
    private final int status;
    private final String error;
    private final String twitchMessage;

    HelixException(String endpoint, int status, String error, String twitchMessage, Throwable cause) {
        super(endpoint + ": " + (status == 0 ? "no response" : "HTTP " + status)
                + (error == null ? "" : " " + error) + (twitchMessage == null ? "" : ": " + twitchMessage), cause);
        this.endpoint = endpoint;
        this.status = status;
        this.error = error;
        this.twitchMessage = twitchMessage;
    }

    public String endpoint() {
        return endpoint;
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

    /** The HelixException inside a CompletionException/ExecutionException chain, if any. */
    public static Optional<HelixException> from(Throwable t) {
        Throwable current = t;
        while (current instanceof CompletionException || current instanceof ExecutionException) {
            if (current.getCause() == null) {
                break;
            }
            current = current.getCause();
        }
        return current instanceof HelixException h ? Optional.of(h) : Optional.empty();
    }

    static HelixException ofStatus(String endpoint, int status, String error, String message) {
        return switch (status) {
            case 400 -> new BadRequest(endpoint, error, message);
            case 401 -> new Unauthorized(endpoint, error, message);
            case 403 -> new Forbidden(endpoint, error, message);
            case 404 -> new NotFound(endpoint, error, message);
            case 409 -> new Conflict(endpoint, error, message);
            case 429 -> new RateLimited(endpoint, error, message);
            default -> status >= 500 ? new ServerError(endpoint, status, error, message)
                    : new UnexpectedStatus(endpoint, status, error, message);
        };
    }

    /** 400: invalid parameter, e.g. "invalid cursor" (restart the sweep from page 1). */
    public static final class BadRequest extends HelixException {
        BadRequest(String endpoint, String error, String message) {
            super(endpoint, 400, error, message, null);
        }
    }

    /** 401 that survived one token re-fetch (app token), or any 401 of a user token. */
    public static final class Unauthorized extends HelixException {
        Unauthorized(String endpoint, String error, String message) {
            super(endpoint, 401, error, message, null);
        }
    }

    /** 403: missing scope or authorization. */
    public static final class Forbidden extends HelixException {
        Forbidden(String endpoint, String error, String message) {
            super(endpoint, 403, error, message, null);
        }
    }

    /** 404: e.g. deleting an unknown subscription. */
    public static final class NotFound extends HelixException {
        NotFound(String endpoint, String error, String message) {
            super(endpoint, 404, error, message, null);
        }
    }

    /** 409: a subscription with the same type and condition exists. */
    public static final class Conflict extends HelixException {
        Conflict(String endpoint, String error, String message) {
            super(endpoint, 409, error, message, null);
        }
    }

    /** 429 after the allowed waits for Ratelimit-Reset. */
    public static final class RateLimited extends HelixException {
        RateLimited(String endpoint, String error, String message) {
            super(endpoint, 429, error, message, null);
        }
    }

    /** 5xx after the allowed retries. */
    public static final class ServerError extends HelixException {
        ServerError(String endpoint, int status, String error, String message) {
            super(endpoint, status, error, message, null);
        }
    }

    /** Any other non-2xx status. */
    public static final class UnexpectedStatus extends HelixException {
        UnexpectedStatus(String endpoint, int status, String error, String message) {
            super(endpoint, status, error, message, null);
        }
    }

    /** No response: timeout or I/O error, after the allowed retries. */
    public static final class Transport extends HelixException {
        Transport(String endpoint, Throwable cause) {
            super(endpoint, 0, cause.getClass().getSimpleName(), cause.getMessage(), cause);
        }
    }

    /** The request was never sent: no budget point (Redis unreachable) or no app token (OAuth failed). */
    public static final class NotSent extends HelixException {
        NotSent(String endpoint, Throwable cause) {
            super(endpoint, 0, cause.getClass().getSimpleName(), cause.getMessage(), cause);
        }
    }

    /** A 2xx whose body could not be read as the documented JSON. */
    public static final class MalformedResponse extends HelixException {
        MalformedResponse(String endpoint, int status, Throwable cause) {
            super(endpoint, status, "Malformed response", cause.getMessage(), cause);
        }
    }
}
