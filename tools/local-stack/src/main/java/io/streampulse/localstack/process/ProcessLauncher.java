package io.streampulse.localstack.process;

import io.streampulse.localstack.Console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts Java children the same way every time:
 * <ul>
 *   <li>in their own session ({@code setsid}, where it exists), so a Ctrl-C on the terminal reaches only the
 *       local stack, which then stops the children in order (services before the broker they depend on);</li>
 *   <li>with the {@link io.streampulse.localstack.watchdog.ParentWatchdog} agent and standard input kept as an
 *       open pipe, so they exit when the local stack dies, even by SIGKILL;</li>
 *   <li>standard error merged into standard output, copied line by line to the console with a prefix and to
 *       {@code <logs>/<name>.log}.</li>
 * </ul>
 */
public final class ProcessLauncher {

    private final Console console;
    private final Path logDirectory;
    private final Optional<Path> watchdogJar;
    private final boolean ownSession;
    private final AtomicInteger colourSlot = new AtomicInteger();

    public ProcessLauncher(Console console, Path logDirectory, Optional<Path> watchdogJar, boolean ownSession) {
        this.console = console;
        this.logDirectory = logDirectory;
        this.watchdogJar = watchdogJar;
        this.ownSession = ownSession;
    }

    /** setsid when it is on the PATH (Linux); elsewhere children share the terminal's process group. */
    public static boolean setsidAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "setsid"))) {
                return true;
            }
        }
        return false;
    }

    public ChildProcess start(ChildSpec spec) {
        ProcessBuilder builder = new ProcessBuilder(command(spec))
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(spec.environment());
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve(spec.name() + ".log");
            Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
            Process process = builder.start();
            ChildProcess child = new ChildProcess(spec.name(), process, logFile);
            Thread pump = new Thread(new OutputPump(child, process.getInputStream(), prefixer(spec.name()), console, log,
                    spec.echo()),
                    "output-" + spec.name());
            pump.setDaemon(true);
            pump.start();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    List<String> command(ChildSpec spec) {
        List<String> command = new ArrayList<>();
        if (ownSession) {
            command.add("setsid");
        }
        command.add(javaExecutable());
        watchdogJar.ifPresent(jar -> command.add("-javaagent:" + jar));
        command.addAll(spec.javaArguments());
        return command;
    }

    private LinePrefixer prefixer(String name) {
        return console.colour() ? LinePrefixer.coloured(name, colourSlot.getAndIncrement()) : LinePrefixer.plain(name);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
