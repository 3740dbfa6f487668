package io.streampulse.bench.infra;

import java.io.IOException;
import java.io.InputStream;

/**
 * Java agent in every service process the bench starts ({@code -javaagent:watchdog.jar}): the bench keeps the
 * child's standard input open and never writes to it; when the bench dies (even by SIGKILL) the pipe closes,
 * and this agent stops the child (halting it 15 s later if it does not exit), so no service outlives its bench.
 * JDK only: the agent jar holds this class alone.
 */
public final class ParentWatchdog {

    private ParentWatchdog() {
    }

    public static void premain(String arguments) {
        Thread watcher = new Thread(ParentWatchdog::exitWhenInputCloses, "bench-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void exitWhenInputCloses() {
        byte[] buffer = new byte[64];
        try {
            while (System.in.read(buffer) >= 0) {
                // nobody writes: only the end of the pipe matters
            }
        } catch (IOException closed) {
            // same as end of file
        }
        System.err.println("bench watchdog: the bench is gone, stopping this process");
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "bench-watchdog-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(1);
    }

    static InputStream classBytes() {
        return ParentWatchdog.class.getResourceAsStream("ParentWatchdog.class");
    }
}
