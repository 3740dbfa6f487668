package io.streampulse.faultcheck.stack;

import io.streampulse.localstack.process.ChildProcess;
import java.time.Duration;

/** SIGKILL of a child by its pid (never by name), waiting until it is gone. */
final class Processes {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    private Processes() {
    }

    static void kill(ChildProcess child) {
        if (child == null || !child.isAlive()) {
            return;
        }
        ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
        try {
            if (!child.awaitExit(EXIT_WAIT)) {
                throw new IllegalStateException(child + " is still alive " + EXIT_WAIT.toSeconds() + " s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + child, e);
        }
    }
}
