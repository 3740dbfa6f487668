package io.streampulse.faultcheck.stack;

/** The private stack could not be brought up (or back); the message says who and why. */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }
}
