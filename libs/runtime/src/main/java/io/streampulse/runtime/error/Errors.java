package io.streampulse.runtime.error;

/** Error text for health details and logs: the root cause, which says what actually went wrong. */
public final class Errors {

    private Errors() {
    }

    /** {@code SimpleName: message} of the innermost cause, e.g. {@code ConnectException: Connection refused}. */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
