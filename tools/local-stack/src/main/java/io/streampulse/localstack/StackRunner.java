package io.streampulse.localstack;

import io.streampulse.localstack.kafka.BrokerSettings;
import io.streampulse.localstack.kafka.KafkaResolver;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.process.ProcessLauncher;
import io.streampulse.localstack.process.Supervisor;
import io.streampulse.localstack.process.WatchdogJar;
import io.streampulse.localstack.readiness.ReadinessTarget;
import io.streampulse.localstack.readiness.ReadinessWaiter;
import io.streampulse.localstack.services.ChildEnvironment;
import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.ServiceSpec;
import io.streampulse.localstack.services.StackEndpoints;
import io.streampulse.localstack.services.TwitchSettings;
import io.streampulse.localstack.store.PostgresEndpoint;
import io.streampulse.localstack.store.PostgresResolver;
import io.streampulse.localstack.store.RedisEndpoint;
import io.streampulse.localstack.store.RedisResolver;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Brings the stack up in order (Kafka and its topics, PostgreSQL and Redis, the simulator, the services), waits
 * until everything is ready, prints where to find it, then watches it. The {@link Supervisor} stops it all.
 */
final class StackRunner {

    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);
    static final Duration SIMULATOR_STOP_GRACE = Duration.ofSeconds(10);

    private final Options options;
    private final RepoLayout layout;
    private final Map<String, String> env;
    private final Console console;
    private final Supervisor supervisor;
    private final Path workDir;
    private final Instant deadline;
    private final TwitchSettings twitch;
    private final List<ServiceSpec> services;
    private final CompletableFuture<String> fatal = new CompletableFuture<>();

    StackRunner(Options options, RepoLayout layout, Map<String, String> env, Console console, Supervisor supervisor) {
        this.options = options;
        this.layout = layout;
        this.env = env;
        this.console = console;
        this.supervisor = supervisor;
        this.workDir = options.workDir().orElse(layout.defaultWorkDirectory()).toAbsolutePath();
        this.deadline = Instant.now().plus(options.timeout()).minus(console.elapsed());
        this.twitch = TwitchSettings.resolve(env);
        this.services = options.services() ? ServiceCatalog.select(options.only()) : List.of();
    }

    /** Starts everything and returns once all is ready; throws {@link StartupFailure} otherwise. */
    void start() {
        console.step("StreamPulse local stack: repository " + layout.repository() + ", work directory " + workDir);
        twitch.warnings().forEach(console::step);
        new Preflight(layout, env, twitch, services, options.kafkaPort()).check();
        ProcessLauncher launcher = new ProcessLauncher(console, workDir.resolve("logs"),
                Optional.of(WatchdogJar.writeTo(workDir)), ProcessLauncher.setsidAvailable());

        console.step("1/5 Kafka");
        KafkaResolver.Resolved kafka = new KafkaResolver(env, BrokerSettings.onPort(options.kafkaPort(), workDir.resolve("kafka")),
                layout.libDirectory(), launcher, supervisor, console, "512m").resolve(deadline);
        if (kafka.freshStorage()) {
            Preflight.deleteRecursively(streamsStateRoot());
        }
        console.step("2/5 PostgreSQL and Redis");
        PostgresEndpoint postgres = new PostgresResolver(env, workDir, supervisor, console).resolve();
        console.step("PostgreSQL: " + postgres);
        RedisEndpoint redis = new RedisResolver(env, supervisor).resolve();
        console.step("Redis: " + redis);
        StackEndpoints endpoints = new StackEndpoints(kafka.bootstrapServers(), postgres, redis);

        List<ReadinessTarget> targets = new ArrayList<>();
        console.step("3/5 Twitch simulator");
        startSimulator(launcher).ifPresent(targets::add);
        console.step("4/5 services: " + (services.isEmpty() ? "none (--no-services)"
                : String.join(", ", services.stream().map(ServiceSpec::name).toList())));
        services.forEach(service -> targets.add(startService(launcher, service, endpoints)));

        console.step("5/5 waiting for " + targets.size() + " process(es) to be ready (timeout "
                + options.timeout().toSeconds() + " s)");
        new ReadinessWaiter(console).awaitAll(targets, deadline, options.timeout());
        watch(targets, kafka.process());
        new ReadySummary(console, endpoints, twitch, services).print(console.elapsed());
    }

    /** Completes with a reason when the stack can no longer work (our broker died). */
    String awaitFatal() {
        return fatal.join();
    }

    private Optional<ReadinessTarget> startSimulator(ProcessLauncher launcher) {
        if (twitch.external()) {
            console.step("using the Twitch at " + twitch.variables().get(TwitchSettings.HELIX_URL)
                    + " (all TWITCH_* variables set): no simulator");
            return Optional.empty();
        }
        ServiceSpec sim = ServiceCatalog.SIMULATOR;
        ChildProcess process = supervisor.adopt(Supervisor.Tier.SIMULATOR, launcher.start(ChildSpec.echoed(sim.name(),
                List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", sim.jar(layout.repository()).toString()),
                ChildEnvironment.forSimulator(twitch), layout.repository())), SIMULATOR_STOP_GRACE);
        console.step("started " + process + " on port " + sim.port());
        return Optional.of(new ReadinessTarget(sim.name(), sim.readinessUri(), process));
    }

    private ReadinessTarget startService(ProcessLauncher launcher, ServiceSpec service, StackEndpoints endpoints) {
        String heap = env.getOrDefault("LOCAL_STACK_SERVICE_HEAP", "384m");
        ChildProcess process = supervisor.adopt(Supervisor.Tier.SERVICES, launcher.start(ChildSpec.echoed(service.name(),
                List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar", service.jar(layout.repository()).toString()),
                ChildEnvironment.forService(service, endpoints, twitch, streamsStateRoot()), layout.repository())),
                SERVICE_STOP_GRACE);
        console.step("started " + process + " on port " + service.port());
        return new ReadinessTarget(service.name(), service.readinessUri(), process);
    }

    /** After start-up a service may die (or be killed to test recovery): report it, keep the rest running. */
    private void watch(List<ReadinessTarget> targets, Optional<ChildProcess> broker) {
        for (ReadinessTarget target : targets) {
            target.process().onExit().thenRun(() -> {
                if (!supervisor.stopping()) {
                    console.step(target.name() + " exited with code " + target.process().exitCode().orElse(-1)
                            + "; the rest keeps running (its output: " + target.process().logFile() + ")");
                }
            });
        }
        broker.ifPresent(process -> process.onExit().thenRun(() -> {
            if (!supervisor.stopping()) {
                fatal.complete("the Kafka broker " + process.exitReport());
            }
        }));
    }

    private Path streamsStateRoot() {
        return workDir.resolve("streams-state");
    }
}
