package io.streampulse.testkit;

/**
 * A started piece of infrastructure: what tests connect to, a description of the backend for
 * the log, and how to stop it (a no-op for servers we did not start).
 */
record Started<T>(T endpoint, String backend, AutoCloseable stopper) implements AutoCloseable {

    static <T> Started<T> external(T endpoint, String backend) {
        return new Started<>(endpoint, backend, () -> { });
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }
}
