package io.streampulse.faultcheck.stack;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.process.ProcessLauncher;
import io.streampulse.localstack.process.WatchdogJar;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the run's Java children with tools/local-stack's launcher (own session, the parent watchdog, output to a
 * log file). Every incarnation of a child gets its own log ({@code ingest-2.log}, {@code kafka-2/kafka.log}), so the
 * output of a killed process is kept for the report.
 */
public final class ChildLauncher {

    private final Console console;
    private final Path logRoot;
    private final Path watchdogJar;
    private final boolean ownSession = ProcessLauncher.setsidAvailable();

    public ChildLauncher(Console console, Path workDir) {
        this.console = console;
        this.logRoot = workDir.resolve("logs");
        this.watchdogJar = WatchdogJar.writeTo(workDir);
    }

    public ChildProcess start(ChildSpec spec) {
        return launcher(logRoot).start(spec);
    }

    /** A launcher writing to {@code logs/<directory>}: for children whose name is fixed (the Kafka broker). */
    public ProcessLauncher launcherIn(String directory) {
        return launcher(logRoot.resolve(directory));
    }

    public Console console() {
        return console;
    }

    public Path logRoot() {
        return logRoot;
    }

    private ProcessLauncher launcher(Path logDirectory) {
        return new ProcessLauncher(console, logDirectory, Optional.of(watchdogJar), ownSession);
    }
}
