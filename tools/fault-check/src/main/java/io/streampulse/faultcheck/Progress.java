package io.streampulse.faultcheck;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** The run's own voice: one line per step, with the time elapsed since the start ({@code [fault-check +12.3s]}). */
public final class Progress {

    private final PrintStream out;
    private final long startNanos;

    public Progress(PrintStream out, long startNanos) {
        this.out = out;
        this.startNanos = startNanos;
    }

    public static Progress toStandardOutput() {
        return new Progress(System.out, System.nanoTime());
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public void step(String message) {
        synchronized (out) {
            out.println("[fault-check +" + seconds(elapsed()) + "] " + message);
            out.flush();
        }
    }

    /** {@code 12.3s}: one decimal, always a dot. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}
