package io.streampulse.localstack.watchdog;

import java.io.IOException;
import java.io.InputStream;

/**
 * Java agent loaded into every child of the local stack ({@code -javaagent:watchdog.jar}).
 *
 * <p>The local stack keeps each child's standard input as an open pipe and never writes to it. When the local
 * stack dies, even by SIGKILL, the operating system closes that pipe and this agent reads end-of-file: the
 * child then exits (gracefully, halting after a grace period), so no process is left behind.
 *
 * <p>Uses the JDK only: the agent jar holds this class alone and is appended to the child's class path.
 */
public final class ParentWatchdog {

    static final long HALT_AFTER_MILLIS = 15_000;

    private ParentWatchdog() {
    }

    public static void premain(String arguments) {
        Thread watcher = new Thread(ParentWatchdog::exitWhenInputCloses, "local-stack-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void exitWhenInputCloses() {
        drain(System.in);
        System.err.println("local-stack watchdog: the local stack is gone, stopping this process");
        Thread halter = new Thread(ParentWatchdog::haltLater, "local-stack-watchdog-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(1);
    }

    private static void drain(InputStream input) {
        byte[] buffer = new byte[256];
        try {
            while (input.read(buffer) >= 0) {
                // nobody writes to this pipe: only its end matters
            }
        } catch (IOException closed) {
            // a broken pipe means the same as end-of-file
        }
    }

    private static void haltLater() {
        try {
            Thread.sleep(HALT_AFTER_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(1);
    }
}
