package io.streampulse.faultcheck.stack;

import io.streampulse.faultcheck.Progress;
import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.localstack.kafka.RegistryTopics;
import io.streampulse.localstack.services.ChildEnvironment;
import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.ServiceSpec;
import io.streampulse.localstack.services.StackEndpoints;
import io.streampulse.localstack.services.TwitchSettings;
import io.streampulse.localstack.store.PostgresEndpoint;
import io.streampulse.localstack.store.RedisEndpoint;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the run starts, all of it private: a Kafka broker process, PostgreSQL and Redis on free ports, the
 * simulator and the five services, each on a free port. Started in dependency order, stopped in reverse.
 */
public final class PrivateStack implements AutoCloseable {

    public static final List<String> SERVICES = ServiceCatalog.serviceNames();
    public static final String DATABASE = "streampulse";
    public static final String CLIENT_ID = "streampulse-local";
    public static final String EVENTSUB_SECRET = "fault-check-eventsub-secret";
    private static final String CLIENT_SECRET = "fault-check-client-secret";

    private final StackLayout layout;
    private final StackPorts ports;
    private final ChildLauncher launcher;
    private final KafkaNode kafka;
    private final PrivatePostgres postgres;
    private final PrivateRedis redis;
    private final SimulatorProcess simulator;
    private final ServiceFleet services;

    public PrivateStack(RunOptions options, StackLayout layout, ChildLauncher launcher) {
        this.layout = layout;
        this.launcher = launcher;
        this.ports = StackPorts.choose(SERVICES);
        this.kafka = new KafkaNode("kafka", ports.kafka(), layout.workDir().resolve("kafka"), layout.libDirectory(), launcher);
        this.postgres = new PrivatePostgres(ports.postgres(), layout.workDir().resolve("postgres"),
                launcher.logRoot().resolve("postgres.log"));
        this.redis = new PrivateRedis(ports.redis());
        this.simulator = new SimulatorProcess(options, layout, ports.simulator(), launcher, CLIENT_ID, CLIENT_SECRET);
        this.services = new ServiceFleet(layout.jarRoot(), launcher, "384m");
    }

    /** Starts everything and returns once every service is ready; throws when one is not within {@code timeout}. */
    public void start(Duration timeout, Progress progress) {
        kafka.start(timeout);
        RegistryTopics.ensure(kafka.bootstrapServers());
        progress.step("Kafka broker ready on " + kafka.bootstrapServers() + ", registry topics created");
        postgres.start();
        postgres.createDatabase(DATABASE);
        redis.start();
        progress.step("PostgreSQL on " + ports.postgres() + " and Redis on " + ports.redis() + " ready");
        simulator.start(timeout);
        progress.step("simulator ready on " + simulator.baseUrl());
        StackEndpoints endpoints = new StackEndpoints(kafka.bootstrapServers(),
                new PostgresEndpoint(postgres.jdbcUrl(DATABASE), "postgres", "", "private"),
                new RedisEndpoint(redis.uri(), "private"));
        for (ServiceSpec catalogued : ServiceCatalog.SERVICES) {
            ServiceSpec spec = onPort(catalogued, ports.service(catalogued.name()));
            services.add(spec, environment(spec, endpoints));
        }
        services.names().forEach(services::start);
        awaitReady(timeout, progress);
    }

    private void awaitReady(Duration timeout, Progress progress) {
        boolean settled = Waits.until(() -> exited().isPresent() || services.notReady().isEmpty(), timeout,
                Duration.ofSeconds(1));
        exited().ifPresent(report -> {
            throw new StackFailure("before it was ready, " + report);
        });
        if (!settled) {
            throw new StackFailure("not ready after " + timeout.toSeconds() + " s: " + services.notReady());
        }
        progress.step("all services ready: " + services.names().stream()
                .map(n -> n + " :" + ports.service(n)).collect(Collectors.joining(", ")));
    }

    private java.util.Optional<String> exited() {
        return services.names().stream().map(services::exitReport).flatMap(java.util.Optional::stream).findFirst();
    }

    private Map<String, String> environment(ServiceSpec spec, StackEndpoints endpoints) {
        Map<String, String> env = new LinkedHashMap<>(ChildEnvironment.forService(spec, endpoints, twitch(),
                layout.workDir().resolve("streams-state")));
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(spec.port()));
        if ("api".equals(spec.name())) {
            // The read API's second pool, set as a deployment sets it (its "same as default" fallback did not resolve
            // when DATASOURCES_DEFAULT_URL comes from the environment: see the README).
            env.put("DATASOURCES_READER_URL", endpoints.postgres().jdbcUrl());
            env.put("DATASOURCES_READER_USERNAME", endpoints.postgres().username());
            env.put("DATASOURCES_READER_PASSWORD", endpoints.postgres().password());
        }
        env.putAll(ServiceTuning.forService(spec.name(), layout.workDir()));
        return env;
    }

    private TwitchSettings twitch() {
        Map<String, String> twitch = new LinkedHashMap<>();
        twitch.put(TwitchSettings.HELIX_URL, simulator.baseUrl() + "/helix");
        twitch.put(TwitchSettings.AUTH_URL, simulator.baseUrl() + "/oauth2");
        twitch.put(TwitchSettings.CLIENT_ID, CLIENT_ID);
        twitch.put(TwitchSettings.CLIENT_SECRET, CLIENT_SECRET);
        twitch.put(TwitchSettings.EVENTSUB_SECRET, EVENTSUB_SECRET);
        twitch.put(TwitchSettings.EVENTSUB_CALLBACK_URL, webhookUrl());
        return new TwitchSettings(true, twitch, List.of());
    }

    static ServiceSpec onPort(ServiceSpec spec, int port) {
        return new ServiceSpec(spec.name(), spec.moduleDirectory(), spec.artifactId(), port, spec.readinessPath(),
                spec.streamsStateVariable());
    }

    public String webhookUrl() {
        return "http://localhost:" + ports.service("ingest") + "/webhooks/eventsub";
    }

    public StackPorts ports() { return ports; }
    public StackLayout layout() { return layout; }
    public ChildLauncher launcher() { return launcher; }
    public KafkaNode kafka() { return kafka; }
    public PrivatePostgres postgres() { return postgres; }
    public PrivateRedis redis() { return redis; }
    public SimAdmin sim() { return simulator.admin(); }
    public ServiceFleet services() { return services; }

    @Override
    public void close() {
        services.close();
        simulator.close();
        kafka.close();
        redis.close();
        postgres.close();
    }
}
