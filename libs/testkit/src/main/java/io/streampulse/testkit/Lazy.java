package io.streampulse.testkit;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Starts one piece of infrastructure on first use, once per JVM, thread-safe; logs the backend
 * and the start time, and stops it from a JVM shutdown hook. A failed start is remembered and
 * reported again to later callers instead of being retried by every test.
 */
final class Lazy<T> {

    private final String piece;
    private final Supplier<Started<T>> starter;
    private Started<T> started;
    private RuntimeException failure;

    Lazy(String piece, Supplier<Started<T>> starter) {
        this.piece = piece;
        this.starter = starter;
    }

    synchronized T get() {
        if (started == null && failure == null) {
            start();
        }
        if (failure != null) {
            throw new IllegalStateException(piece + " could not be started", failure);
        }
        return started.endpoint();
    }

    private void start() {
        long begin = System.nanoTime();
        try {
            started = starter.get();
        } catch (RuntimeException e) {
            failure = e;
            TestkitLog.info(piece + ": no backend could be started: " + e);
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        TestkitLog.info(piece + ": " + started.backend() + " ready in " + took.toMillis() + " ms");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "testkit-stop-" + piece));
    }

    private void stop() {
        try {
            started.close();
        } catch (Exception e) {
            TestkitLog.info(piece + ": stopping failed: " + e);
        }
    }
}
