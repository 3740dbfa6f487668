package io.streampulse.localstack.kafka;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.Ports;
import io.streampulse.localstack.StartupFailure;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ProcessLauncher;
import io.streampulse.localstack.process.Supervisor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Kafka the stack uses: KAFKA_BOOTSTRAP_SERVERS when set; else a broker already answering on the
 * chosen port; else a broker process of our own. The registry topics are created in every case.
 */
public final class KafkaResolver {

    static final Duration BROKER_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    /** The bootstrap address, where it comes from, our broker process when we started one. */
    public record Resolved(String bootstrapServers, String origin, Optional<ChildProcess> process, boolean freshStorage) {
    }

    private final Map<String, String> env;
    private final BrokerSettings settings;
    private final KafkaBroker broker;
    private final Supervisor supervisor;
    private final Console console;

    public KafkaResolver(Map<String, String> env, BrokerSettings settings, Path libDirectory, ProcessLauncher launcher,
                         Supervisor supervisor, Console console, String heap) {
        this.env = env;
        this.settings = settings;
        this.broker = new KafkaBroker(settings, libDirectory, launcher, heap);
        this.supervisor = supervisor;
        this.console = console;
    }

    public Resolved resolve(Instant deadline) {
        Resolved resolved = find(deadline);
        long begin = System.nanoTime();
        int topics = RegistryTopics.ensure(resolved.bootstrapServers());
        console.step("all " + topics + " registry topics exist (" + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)) + ")");
        return resolved;
    }

    private Resolved find(Instant deadline) {
        String external = env.get("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            String clusterId = KafkaProbe.clusterId(external, PROBE_TIMEOUT).orElseThrow(() -> new StartupFailure(
                    "KAFKA_BOOTSTRAP_SERVERS=" + external + " does not answer as a Kafka broker"));
            console.step("using Kafka at " + external + " (KAFKA_BOOTSTRAP_SERVERS, cluster " + clusterId + ")");
            return new Resolved(external, "from KAFKA_BOOTSTRAP_SERVERS", Optional.empty(), false);
        }
        if (Ports.listening("127.0.0.1", settings.port())) {
            String clusterId = KafkaProbe.clusterId(settings.bootstrapServers(), PROBE_TIMEOUT).orElseThrow(() ->
                    new StartupFailure("port " + settings.port() + " is in use by something that is not a Kafka broker:"
                            + " stop it or choose another port with --kafka-port"));
            console.step("a Kafka broker already answers on " + settings.bootstrapServers() + " (cluster " + clusterId
                    + "): using it, not starting one");
            return new Resolved(settings.bootstrapServers(), "already running", Optional.empty(), false);
        }
        return startOwn(deadline);
    }

    private Resolved startOwn(Instant deadline) {
        long begin = System.nanoTime();
        KafkaBroker.Started started = broker.start(console);
        supervisor.adopt(Supervisor.Tier.BROKER, started.process(), BROKER_STOP_GRACE);
        KafkaProbe.awaitReady(settings.bootstrapServers(), started.process(), deadline);
        console.step("Kafka broker ready on " + settings.bootstrapServers() + " (pid " + started.process().pid() + ", "
                + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)) + ")");
        return new Resolved(settings.bootstrapServers(), "broker process, data in " + settings.dataDirectory(),
                Optional.of(started.process()), started.freshStorage());
    }
}
