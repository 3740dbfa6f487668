package io.streampulse.localstack.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A started child: its name, its process, and the last lines it printed (for failure reports). */
public final class ChildProcess {

    static final int TAIL_LINES = 25;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Deque<String> tail = new ArrayDeque<>();

    ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Its whole output so far. */
    public Path logFile() {
        return logFile;
    }

    /** Why it is gone, for a failure report: exit code, last lines, where the rest is. */
    public String exitReport() {
        return name + " exited with code " + exitCode().map(String::valueOf).orElse("?") + "; its last lines:\n  "
                + String.join("\n  ", tail()) + "\n  (whole output: " + logFile + ")";
    }

    public List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    /** Waits for the process to end by itself; false when it is still running after {@code timeout}. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * SIGTERM (graceful: shutdown hooks run), then SIGKILL if still alive after {@code grace}. Returns once the
     * process is gone. Signals go through the {@link ProcessHandle}: {@link Process#destroy()} would also close
     * the pipes, losing the child's last output and making its watchdog believe the local stack died.
     */
    public void stop(Duration grace) {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroy);
        handle.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
