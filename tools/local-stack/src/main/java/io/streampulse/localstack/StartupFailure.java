package io.streampulse.localstack;

/** The stack cannot come up; the message says what failed and what to do. Everything started is stopped. */
public final class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
