package io.streampulse.faultcheck.stack;

import io.streampulse.localstack.kafka.BrokerSettings;
import io.streampulse.localstack.kafka.KafkaBroker;
import io.streampulse.localstack.kafka.KafkaProbe;
import io.streampulse.localstack.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-node KRaft broker process of our own (tools/local-stack's {@link KafkaBroker}): started, killed with
 * SIGKILL and started again on the same data directory, as a crashed broker comes back.
 */
public final class KafkaNode implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final BrokerSettings settings;
    private final Path libDirectory;
    private final ChildLauncher launcher;
    private int incarnation;
    private ChildProcess process;

    public KafkaNode(String name, int port, Path directory, Path libDirectory, ChildLauncher launcher) {
        this.name = name;
        this.settings = BrokerSettings.onPort(port, directory);
        this.libDirectory = libDirectory;
        this.launcher = launcher;
    }

    /** Starts the broker (formatting its storage the first time) and returns once it answers. */
    public synchronized void start(Duration timeout) {
        incarnation++;
        KafkaBroker broker = new KafkaBroker(settings, libDirectory, launcher.launcherIn(name + "-" + incarnation), "512m");
        process = broker.start(launcher.console()).process();
        KafkaProbe.awaitReady(settings.bootstrapServers(), process, Instant.now().plus(timeout));
    }

    /** SIGKILL: no shutdown, no flush beyond what the operating system already has. */
    public synchronized void kill() {
        Processes.kill(process);
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }
}
