package io.streampulse.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test helper: the local stack started as a user starts it ({@code java ... LocalStack}, in its own JVM), its
 * output collected, Ctrl-C sent as a terminal sends it. The variables that would point it elsewhere are removed
 * from its environment.
 */
final class StackProcess implements AutoCloseable {

    private static final List<String> FOREIGN_VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "DATASOURCES_DEFAULT_URL",
            "REDIS_URI", "TWITCH_HELIX_URL", "LOCAL_STACK_WORK_DIR", "LOCAL_STACK_KAFKA_PORT", "FAKE_NEVER_READY");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private StackProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> collect(process.getInputStream()), "local-stack-output");
        reader.setDaemon(true);
        reader.start();
    }

    static StackProcess start(List<String> options, Map<String, String> extraEnv) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        FOREIGN_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(extraEnv);
        return new StackProcess(builder.start());
    }

    Process process() {
        return process;
    }

    List<String> output() {
        return output;
    }

    boolean printed(String text) {
        return output.stream().anyMatch(l -> l.contains(text));
    }

    /** What Ctrl-C on a terminal does to it. */
    void sendCtrlC() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    /** The "stopping ..." lines, in order, without their time prefix. */
    List<String> stopLines() {
        return output.stream().filter(l -> l.matches("\\[local-stack \\+[0-9.]+s] stopping .*"))
                .map(l -> l.substring(l.indexOf("] ") + 2)).toList();
    }

    /** The first word of a row of the ready summary, e.g. {@code summaryValue("Kafka bootstrap")}. */
    String summaryValue(String label) {
        return output.stream().filter(l -> l.startsWith("  " + label + " ")).findFirst().orElseThrow()
                .substring(("  " + label).length()).strip().split(" ")[0];
    }

    /** Whatever happened in the test: SIGTERM (the stack stops its children), SIGKILL if it does not end. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static List<String> processesMentioning(Path directory) {
        String path = directory.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(cmd -> cmd.contains(path)).toList();
    }

    private void collect(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> {
                output.add(line);
                System.out.println(line);
            });
        } catch (IOException | UncheckedIOException closed) {
            // the stack ended
        }
    }
}
