package io.streampulse.testkit;

/** One line per event on stderr, so it shows in every test report whatever logger is bound. */
final class TestkitLog {

    private TestkitLog() {
    }

    static void info(String message) {
        System.err.println("[testkit] " + message);
    }
}
