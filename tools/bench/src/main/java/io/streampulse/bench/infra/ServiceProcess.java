package io.streampulse.bench.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A service jar running as its own JVM ({@code java -Xmx.. -javaagent:watchdog.jar -jar <jar>}) with the
 * environment of its README, its output copied to {@code <log dir>/<name>.log} and offered line by line to a
 * listener. {@link #kill()} is a SIGKILL; {@link #close()} a SIGTERM (SIGKILL after 20 s).
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int httpPort;
    private final Thread pump;

    private ServiceProcess(String name, Process process, int httpPort, Thread pump) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.pump = pump;
    }

    /**
     * Starts the jar. {@code env} is added to this process's environment; it must set the service's HTTP port to
     * {@code httpPort} (MICRONAUT_SERVER_PORT).
     */
    public static ServiceProcess start(String name, Path jar, String heap, Map<String, String> env, int httpPort,
                                       Path logDir, Consumer<String> lines) {
        Path watchdog = logDir.resolve("watchdog.jar");
        if (!Files.exists(watchdog)) {
            WatchdogJar.writeTo(logDir);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx" + heap,
            "-javaagent:" + watchdog, "-jar", jar.toString())).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            // A bench stopped with SIGTERM/Ctrl-C stops its services at once (the watchdog covers SIGKILL).
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-" + name));
            Writer log = Files.newBufferedWriter(logDir.resolve(name + ".log"), StandardCharsets.UTF_8);
            Thread pump = new Thread(() -> copy(process, log, lines), "output-" + name);
            pump.setDaemon(true);
            pump.start();
            return new ServiceProcess(name, process, httpPort, pump);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
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

    public String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    /** Waits until /health/readiness answers 200; fails when the process exits first or at the timeout. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Http.get(url("/health/readiness")).ok()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** Prometheus text of the service, or empty when it does not answer. */
    public String prometheus() {
        Http.Response r = Http.get(url("/prometheus"));
        return r.ok() ? r.body() : "";
    }

    /** kill -9: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        pump.join(2_000);
    }

    private static void copy(Process process, Writer log, Consumer<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                 StandardCharsets.UTF_8)); log) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.write(line);
                log.write('\n');
                log.flush();
                lines.accept(line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
