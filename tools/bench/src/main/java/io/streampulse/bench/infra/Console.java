package io.streampulse.bench.infra;

import java.util.Locale;

/** Progress lines on standard output, each with the time since the run started: {@code [bench +12.3s] ...}. */
public final class Console {

    private static final long START = System.nanoTime();

    private Console() {
    }

    public static void log(String format, Object... args) {
        double seconds = (System.nanoTime() - START) / 1e9;
        String line = String.format(Locale.ROOT, "[bench +%.1fs] ", seconds) + String.format(Locale.ROOT, format, args);
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
