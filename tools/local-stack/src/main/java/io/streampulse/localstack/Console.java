package io.streampulse.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The local stack's own voice on the terminal: every progress line carries the time elapsed since start.
 * Children's output goes through {@link #println(String)} too, so lines never interleave mid-line.
 */
public final class Console {

    private final PrintStream out;
    private final long startNanos;
    private final boolean colour;

    public Console(PrintStream out, long startNanos, boolean colour) {
        this.out = out;
        this.startNanos = startNanos;
        this.colour = colour;
    }

    /** Colour only on a terminal, unless NO_COLOR is set or the terminal is dumb. */
    public static Console forTerminal(long startNanos) {
        boolean tty = System.console() != null;
        boolean wanted = System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        return new Console(System.out, startNanos, tty && wanted);
    }

    public boolean colour() {
        return colour;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** A progress line: {@code [local-stack +12.3s] message}. */
    public void step(String message) {
        println(stepLine(message, elapsed()));
    }

    public void println(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    static String stepLine(String message, Duration elapsed) {
        return "[local-stack +" + seconds(elapsed) + "] " + message;
    }

    /** {@code 12.3s}: one decimal, always a dot. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}
