package io.streampulse.api.readmodel;

/** The read model (PostgreSQL or Redis) could not answer: the request gets a 503, not a 500. */
public final class ReadModelUnavailable extends RuntimeException {

    public ReadModelUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
