package io.streampulse.bench.aggregator;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.Ports;
import io.streampulse.bench.infra.PrivateRedis;
import io.streampulse.bench.infra.PrometheusText;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code aggregator-throughput}: how fast aggregator-service (its shipped jar) replays a backlog of observations,
 * next to the fastest any consumer reads the same topic on the same broker. Produces the backlog to a fresh broker
 * (libs/testkit, in the bench JVM), reads it once with a plain consumer (the ceiling), then starts one
 * aggregator-service process with its own database, a private redis-server and its defaults (exactly_once_v2,
 * the settings of its README) and follows its application's committed offsets to the end of the topic.
 */
public final class AggregatorThroughputBench implements Benchmark {

    static final String ID = "aggregator-throughput";
    private static final double TARGET_PER_SECOND = 20_000;
    private static final Pattern ECHO = Pattern.compile("Startup completed| ERROR |State transition from \\w+ to "
        + "(RUNNING|ERROR|PENDING_SHUTDOWN)");

    /** Option name to the service's environment variable (README settings table); only set when given. */
    private static final Map<String, String> TUNABLES = Map.of(
        "threads", "AGGREGATOR_STREAM_THREADS",
        "commit-ms", "AGGREGATOR_COMMIT_INTERVAL_MS",
        "cache-bytes", "AGGREGATOR_CACHE_MAX_BYTES",
        "max-poll-records", "AGGREGATOR_CONSUMER_MAX_POLL_RECORDS",
        "linger-ms", "AGGREGATOR_PRODUCER_LINGER_MS");

    @Override
    public String name() {
        return ID;
    }

    @Override
    public String usage() {
        return "[--observations 1000000] [--channels 20000] [--heap 1g] [--aggregator-jar <path>] [--jfr] [--streams-property name=value] [--threads N]"
            + " [--commit-ms N] [--cache-bytes N] [--max-poll-records N] [--linger-ms N]";
    }

    @Override
    public BenchResult run(Args args, Workspace workspace) throws Exception {
        int observations = args.integer("observations", 1_000_000);
        int channels = args.integer("channels", 20_000);
        String heap = args.text("heap", "1g");
        Path jar = workspace.jarOr(args.text("aggregator-jar", ""), "aggregator-service");
        Map<String, String> tuned = new LinkedHashMap<>();
        TUNABLES.forEach((option, variable) -> {
            String value = args.text(option, "");
            if (!value.isBlank()) {
                tuned.put(variable, value);
            }
        });
        boolean jfr = args.flag("jfr");
        String streamsProperty = args.text("streams-property", "");
        args.rejectUnread();
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        Path logDir = workspace.runDirectory(ID);

        String kafka = startKafka();
        String topic = Topics.STREAMS_OBSERVATIONS.name();
        long producing = System.nanoTime();
        long produced = ObservationBacklog.produce(kafka, observations, channels, sent -> {
            if (sent % (10L * channels) < channels || sent == observations) {
                Console.log("backlog: %,d of %,d observations produced, load %.2f", sent, observations,
                    machine.sample());
            }
        });
        Console.log("backlog ready: %,d observations of %,d channels in %.1f s", produced, channels,
            (System.nanoTime() - producing) / 1e9);
        ConsumerCeiling ceiling = ConsumerCeiling.measure(kafka, topic);
        Console.log("consumer ceiling: %,d records in %.1f s = %,.0f records/s (plain consumer, bytes only)",
            ceiling.records(), ceiling.seconds(), ceiling.perSecond());

        TestDatabase database = TestPostgres.newDatabase("bench-aggregator");
        Console.log("PostgreSQL database %s", database.name());
        String applicationId = "bench-aggregator-" + System.currentTimeMillis();
        try (PrivateRedis redis = PrivateRedis.start(logDir);
             CommittedOffsets offsets = new CommittedOffsets(kafka, applicationId, topic)) {
            long end = offsets.end();
            if (end != produced) {
                throw new IllegalStateException("the topic holds " + end + " records, " + produced + " were produced");
            }
            int port = Ports.free();
            Map<String, String> env = environment(kafka, redis.uri(), database, applicationId, logDir, port);
            env.putAll(tuned);
            List<String> jvmOptions = new ArrayList<>();
            if (jfr) {
                // A flight recording of the whole service run, for profiling (async-profiler is not available here).
                jvmOptions.add("-XX:StartFlightRecording=settings=profile,filename="
                    + logDir.resolve("aggregator-1.jfr").toAbsolutePath() + ",dumponexit=true");
            }
            if (!streamsProperty.isBlank()) {
                // Any Kafka Streams (or client) property the README has no variable for, as a system property.
                jvmOptions.add("-Dkafka.streams.default." + streamsProperty);
                tuned.put("kafka.streams.default." + streamsProperty.substring(0, streamsProperty.indexOf('=')),
                    streamsProperty.substring(streamsProperty.indexOf('=') + 1));
            }
            if (!jvmOptions.isEmpty()) {
                env.put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
            }
            double brokerCpuBefore = ownCpuSeconds();
            long start = System.nanoTime();
            Console.log("starting aggregator-service: %s (-Xmx%s) on port %d%s", jar, heap, port,
                tuned.isEmpty() ? "" : " with " + tuned);
            Replay.Result replay;
            String prometheus;
            try (ServiceProcess service = ServiceProcess.start("aggregator-1", jar, heap, env, port, logDir,
                echo())) {
                replay = Replay.follow(service, offsets, end, start, Duration.ofMinutes(30), machine);
                prometheus = service.prometheus();
            }
            double brokerCpu = ownCpuSeconds() - brokerCpuBefore;
            Console.log("caught up: %,d observations, %.1f s from the process start (%,.0f/s), replay %,.0f/s, "
                    + "service CPU %.1f s", replay.records(), replay.overallSeconds(), replay.overallPerSecond(),
                replay.replayPerSecond(), replay.cpuSeconds());
            return new BenchResult(ID, String.format("Aggregator replay throughput: %,d observations of %,d channels",
                    replay.records(), channels), description(), workspace.command(), started,
                Duration.between(started, Instant.now()).toSeconds(), machine.finish(),
                setup(jar, workspace, heap, observations, channels, tuned),
                figures(replay, ceiling, brokerCpu, prometheus), notes());
        } finally {
            TestDatabases.drop(database);
        }
    }

    private static String startKafka() {
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null) {
            throw new IllegalStateException("unset KAFKA_BOOTSTRAP_SERVERS: a benchmark runs against a fresh broker "
                + "of its own (libs/testkit would otherwise use that one, with whatever its topics hold)");
        }
        String bootstrap = TestKafka.bootstrapServers();
        TestKafka.createTopics(Topics.all());
        Console.log("Kafka broker at %s, %d topics created", bootstrap, Topics.all().size());
        return bootstrap;
    }

    /** The service's documented environment (README settings table); everything else is its default. */
    private static Map<String, String> environment(String kafka, String redis, TestDatabase database,
                                                   String applicationId, Path logDir, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("REDIS_URI", redis);
        env.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password() == null ? "" : database.password());
        env.put("AGGREGATOR_APPLICATION_ID", applicationId);
        env.put("AGGREGATOR_STATE_DIR", logDir.resolve("aggregator-state").toAbsolutePath().toString());
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("LOG_LEVEL", "INFO");
        return env;
    }

    private static List<Figure> figures(Replay.Result r, ConsumerCeiling ceiling, double brokerCpu,
                                        String prometheus) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("replay throughput", r.replayPerSecond(), "obs/s", Target.atLeast(TARGET_PER_SECOND),
            "observations committed after the first commit / time from it to the commit that reached the end"));
        figures.add(Figure.info("fastest 10 s of the replay", r.bestWindowPerSecond(), "obs/s",
            "the best progress window (committed offsets, 10 s apart): the rate once warmed up"));
        figures.add(Figure.info("throughput from the process start", r.overallPerSecond(), "obs/s",
            "whole backlog / time from the JVM start (start-up, Flyway, first rebalance included)"));
        figures.add(Figure.info("raw consumer ceiling", ceiling.perSecond(), "rec/s",
            "one plain consumer reading the same topic's bytes from the same broker"));
        figures.add(Figure.info("replay / ceiling", 100 * r.replayPerSecond() / ceiling.perSecond(), "%",
            "how much of what the broker can hand out the topology turns into statistics"));
        figures.add(Figure.info("first commit after", r.firstCommitSeconds(), "s", "from the process start"));
        figures.add(Figure.info("service CPU during the replay", r.replayCpuSeconds() / r.replaySeconds(), "cores",
            "CPU seconds of the process (/proc) from the first commit to the end / wall seconds"));
        figures.add(Figure.info("service CPU per observation", 1e6 * r.replayCpuSeconds()
            / (r.records() - r.firstCommitted()), "us", "same, per observation replayed: hardly moves with load"));
        figures.add(Figure.info("service CPU in all", r.cpuSeconds(), "s", "process start to caught up"));
        figures.add(Figure.info("broker + bench CPU", brokerCpu, "s", "this JVM (in-JVM broker) meanwhile"));
        if (prometheus.contains("streampulse_aggregator_sink_records_total")) {
            figures.add(Figure.info("late records dropped", PrometheusText.sum(prometheus,
                "kafka_stream_task_dropped_records_total"), "", "Kafka Streams' count at the end (/prometheus)"));
            figures.add(Figure.info("rollup records written", PrometheusText.sum(prometheus,
                "streampulse_aggregator_sink_records_total"), "", "the sink's count at the end (it may still lag)"));
        } else {
            Console.log("/prometheus did not answer at the end: no dropped-records and sink figures");
        }
        return figures;
    }

    private static Map<String, String> setup(Path jar, Workspace workspace, String heap, int observations,
                                             int channels, Map<String, String> tuned) {
        Map<String, String> setup = new LinkedHashMap<>();
        Path relative = jar.startsWith(workspace.repo()) ? workspace.repo().relativize(jar) : jar;
        setup.put("aggregator-service jar", relative + " (-Xmx" + heap + ", one process)");
        setup.put("backlog", String.format("%,d LIVE observations: %,d channels, one each per minute, 500 games, "
            + "3 tags each, twitch.streams.observations.v1 (12 partitions)", observations, channels));
        setup.put("settings", tuned.isEmpty() ? "the service's defaults (exactly_once_v2, 2 stream threads, "
            + "commit 5 s, 64 MiB cache)" : "defaults but " + tuned);
        setup.put("infrastructure", "in-JVM Kafka broker (libs/testkit), private redis-server, own database on the "
            + "machine's PostgreSQL");
        return setup;
    }

    private static String description() {
        return "A backlog of observations (as refresh-service writes them) on a fresh broker, read once by a plain "
            + "consumer for the ceiling, then replayed by one aggregator-service process (its jar, exactly_once_v2, "
            + "its default settings) from the start of the topic; its Kafka Streams application's committed offsets "
            + "are followed with the Admin API until they reach the end. Broker, service and PostgreSQL share the "
            + "machine's cores.";
    }

    private static List<String> notes() {
        return List.of("Commits come every commit.interval.ms (5 s): the end is seen up to one interval after the "
            + "last record was processed, so the rates lean low.");
    }

    private static java.util.function.Consumer<String> echo() {
        return line -> {
            if (ECHO.matcher(line).find()) {
                Console.log("[aggregator-1] %s", line.length() > 220 ? line.substring(0, 220) + "..." : line);
            }
        };
    }

    private static double ownCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
