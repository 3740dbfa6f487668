package io.streampulse.localstack.kafka;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.StartupFailure;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.process.ProcessLauncher;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a real single-node KRaft broker as a separate process from the Kafka jars in {@code libDirectory}:
 * writes its configuration, formats its storage the first time (reused afterwards), and starts it.
 */
public final class KafkaBroker {

    static final String MAIN_CLASS = "kafka.Kafka";
    static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    /** The running broker, the cluster it serves, and whether its storage was formatted by this start. */
    public record Started(ChildProcess process, String clusterId, boolean freshStorage) {
    }

    private final BrokerSettings settings;
    private final Path libDirectory;
    private final ProcessLauncher launcher;
    private final String heap;

    public KafkaBroker(BrokerSettings settings, Path libDirectory, ProcessLauncher launcher, String heap) {
        this.settings = settings;
        this.libDirectory = libDirectory;
        this.launcher = launcher;
        this.heap = heap;
    }

    public Started start(Console console) {
        writeConfigFiles();
        Optional<String> existing = MetaProperties.clusterId(settings.metaProperties());
        String clusterId = existing.orElseGet(() -> Uuid.randomUuid().toString());
        if (existing.isPresent()) {
            console.step("reusing Kafka storage of cluster " + clusterId + " in " + settings.dataDirectory());
        } else {
            format(clusterId);
            console.step("formatted new Kafka storage for cluster " + clusterId + " in " + settings.dataDirectory());
        }
        ChildProcess process = launcher.start(ChildSpec.echoed("kafka", javaArguments(MAIN_CLASS,
                List.of(settings.serverProperties().toString())), Map.of(), settings.directory()));
        return new Started(process, clusterId, existing.isEmpty());
    }

    private void writeConfigFiles() {
        try {
            Files.createDirectories(settings.dataDirectory());
            Files.writeString(settings.serverProperties(), BrokerConfigFiles.renderServerProperties(settings));
            Files.writeString(settings.loggingConfig(), BrokerConfigFiles.renderLoggingConfig());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the broker configuration in " + settings.directory(), e);
        }
    }

    private void format(String clusterId) {
        List<String> args = List.of("format", "--standalone", "-t", clusterId, "-c", settings.serverProperties().toString());
        ChildProcess formatter = launcher.start(new ChildSpec("kafka-format", javaArguments(STORAGE_TOOL, args),
                Map.of(), settings.directory(), false));
        try {
            if (!formatter.awaitExit(FORMAT_TIMEOUT)) {
                formatter.stop(Duration.ofSeconds(5));
                throw new StartupFailure("formatting Kafka storage took more than " + FORMAT_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while formatting Kafka storage", e);
        }
        int exitCode = formatter.exitCode().orElseThrow();
        if (exitCode != 0) {
            throw new StartupFailure("formatting Kafka storage failed (exit " + exitCode + "):\n  "
                    + String.join("\n  ", formatter.tail()));
        }
    }

    List<String> javaArguments(String mainClass, List<String> programArguments) {
        List<String> args = new ArrayList<>(List.of(
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Dlog4j2.configurationFile=" + settings.loggingConfig().toAbsolutePath(),
                "-cp", libDirectory.toAbsolutePath() + "/*",
                mainClass));
        args.addAll(programArguments);
        return args;
    }
}
