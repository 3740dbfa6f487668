package io.streampulse.bench.archive;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.archive.RawConsumer.Read;
import io.streampulse.bench.archive.SnapshotCopy.Copied;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.PrometheusText;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code archive-throughput}: archive-service's sustained ingestion replayed from twitch.streams.observations.v1
 * (issue #6: at least 20,000 observations/s), side by side with its ceilings measured in the same run (issue #10):
 * a raw consumer reading the same topic from the same broker, and a raw COPY of as many snapshot rows into a copy
 * of the same table of the same database.
 */
public final class ArchiveThroughputBench implements Benchmark {

    static final String ID = "archive-throughput";
    static final double TARGET_PER_SECOND = 20_000;
    private static final String GROUP = "bench-archive";
    private static final String OBSERVATIONS = Topics.STREAMS_OBSERVATIONS.name();

    @Override
    public String name() {
        return ID;
    }

    @Override
    public String usage() {
        return "[--channels 20000] [--rounds 25] [--archive-jar <path>]";
    }

    @Override
    public BenchResult run(Args args, Workspace workspace) throws Exception {
        ObservationLoad load = new ObservationLoad(args.integer("channels", 20_000), args.integer("rounds", 25));
        String archiveJar = args.text("archive-jar", "");
        args.rejectUnread();
        Path jar = workspace.jarOr(archiveJar, "archive-service");
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        String kafka = startKafka();
        Instant first = load.produce(kafka);
        Read raw = RawConsumer.readAll(kafka, OBSERVATIONS, machine);
        TestDatabase database = TestPostgres.newDatabase("bench-archive");
        Ingestion ingestion;
        try (GroupProgress group = new GroupProgress(kafka, GROUP, OBSERVATIONS);
             ServiceProcess archive = ArchiveProcess.start(jar, kafka, database, GROUP,
                 workspace.runDirectory(ID))) {
            archive.awaitReady(Duration.ofMinutes(10));
            Console.log("archive-service ready (pid %d)", archive.pid());
            ingestion = follow(group, archive, machine);
        }
        Map<String, Long> written = ArchiveWrites.byTable(database);
        long sessions = ArchiveWrites.count(database, "stream_sessions");
        long snapshots = ArchiveWrites.count(database, "stream_snapshots");
        Console.log("archive wrote, per table (inserted + updated + deleted rows): %s", written);
        Copied copy = SnapshotCopy.run(database, load, first);
        List<Figure> figures = figures(load, raw, ingestion, written, sessions, copy);
        return new BenchResult(ID, String.format("Archive ingestion of %,d observations replayed from Kafka",
            load.observations()), description(), workspace.command(), started,
            Duration.between(started, Instant.now()).toSeconds(), machine.finish(),
            setup(load, jar, snapshots), figures, notes(written));
    }

    /** Waits (printing progress every 10 s) until archive's group has committed every observation. */
    private static Ingestion follow(GroupProgress group, ServiceProcess archive, MachineProbe machine)
        throws InterruptedException {
        long beginning = group.beginning();
        long total = group.end() - beginning;
        long readyAt = System.nanoTime();
        long firstAt = 0;
        long firstDone = 0;
        long lastLog = readyAt;
        long lastDone = 0;
        long deadline = readyAt + TimeUnit.MINUTES.toNanos(30);
        while (true) {
            long done = Math.max(0, group.committed() - beginning);
            long now = System.nanoTime();
            if (firstAt == 0 && done > 0) {
                firstAt = now;
                firstDone = done;
            }
            if (done >= total) {
                double fromReady = (now - readyAt) / 1e9;
                double sustained = firstAt == now ? Double.NaN : (now - firstAt) / 1e9;
                Ingestion ingestion = new Ingestion(total, fromReady, total - firstDone, sustained,
                    archive.prometheus());
                Console.log("archive caught up: %,d observations, %.1f s from ready (%,.0f/s); %,d in %.1f s after its"
                        + " first commit (%,.0f/s)", total, fromReady, total / fromReady, total - firstDone, sustained,
                    ingestion.sustainedPerSecond());
                return ingestion;
            }
            if (!archive.isAlive()) {
                throw new IllegalStateException("archive-service exited; see its log in tools/bench/target/runs");
            }
            if (now > deadline) {
                throw new IllegalStateException("archive did not catch up within 30 min: " + done + " of " + total);
            }
            if (now - lastLog >= TimeUnit.SECONDS.toNanos(10)) {
                Console.log("archive: %,d of %,d observations committed, %,.0f/s over the last %.0f s, load %.2f", done,
                    total, (done - lastDone) / ((now - lastLog) / 1e9), (now - lastLog) / 1e9, machine.sample());
                lastLog = now;
                lastDone = done;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static List<Figure> figures(ObservationLoad load, Read raw, Ingestion in, Map<String, Long> written,
                                        long sessions, Copied copy) {
        double rowsPerSecond = ArchiveWrites.total(written) / in.fromReadySeconds();
        double batches = PrometheusText.sum(in.prometheus(), "streampulse_archive_batch_records_count");
        double writeSeconds = PrometheusText.sum(in.prometheus(), "streampulse_archive_db_write_seconds_sum");
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("archive: observations/s, sustained", in.sustainedPerSecond(), "/s",
            Target.atLeast(TARGET_PER_SECOND), "records committed by its group from its first commit until caught up,"
                + " over that time (Admin API, polled every 200 ms)"));
        figures.add(Figure.info("archive: observations/s from ready", in.total() / in.fromReadySeconds(), "/s",
            "all records over the time from /health/readiness 200 until caught up (includes joining the group)"));
        figures.add(Figure.info("raw consumer of the same topic: records/s (ceiling)", raw.perSecond(), "/s",
            "plain KafkaConsumer, all partitions assigned, bytes not decoded, max.poll.records 5000"));
        figures.add(Figure.info("archive / raw consumer", 100 * in.sustainedPerSecond() / raw.perSecond(), "%",
            "sustained rate over the ceiling"));
        figures.add(Figure.info("archive: rows written/s, every table", rowsPerSecond, "/s",
            "pg_stat_user_tables inserted + updated + deleted tuples of schema archive, over the time from ready"));
        figures.add(Figure.info("raw COPY into a copy of stream_snapshots: rows/s (ceiling)", copy.perSecond(), "/s",
            String.format("COPY FROM STDIN of %,d rows, one transaction, same columns, key and partitions",
                copy.rows())));
        figures.add(Figure.info("archive rows written / raw COPY", 100 * rowsPerSecond / copy.perSecond(), "%",
            "archive's rows/s over the COPY's"));
        figures.add(Figure.info("archive: records per batch (mean)", batches == 0 ? Double.NaN
            : PrometheusText.sum(in.prometheus(), "streampulse_archive_batch_records_sum") / batches, "",
            "streampulse_archive_batch_records: one PostgreSQL transaction per poll"));
        figures.add(Figure.info("archive: share of the time in database writes", 100 * writeSeconds
            / in.fromReadySeconds(), "%", "streampulse_archive_db_write_seconds sum over the time from ready"));
        figures.add(Figure.of("sessions archived", sessions, "", Target.within(load.endingSessions(), 0),
            "rows of stream_sessions; every tenth channel goes ABSENT in the last three rounds"));
        return figures;
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

    private static String description() {
        return "Produces the observations of a number of refresh cycles of live channels to "
            + "twitch.streams.observations.v1 (a real broker from libs/testkit, in the bench JVM), reads the topic "
            + "once with a raw consumer (the ceiling), then starts archive-service's jar on a fresh PostgreSQL "
            + "database with a consumer group of its own and measures observations per second until the group has "
            + "committed them all. Finally COPYs as many snapshot rows as there were observations into a copy of "
            + "stream_snapshots in the same database (the ceiling of its writes).";
    }

    private static Map<String, String> setup(ObservationLoad load, Path jar, long snapshots) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("archive-service jar", jar.getFileName() + ", one process, -Xmx" + ArchiveProcess.HEAP
            + ", settings as shipped (max.poll.records 5000, snapshots every 5 min)");
        setup.put("observations", String.format("%,d channels x %d one-minute rounds = %,d (every tenth channel ABSENT"
            + " in the last 3 rounds: %,d sessions end)", load.channels(), load.rounds(), load.observations(),
            load.endingSessions()));
        setup.put("snapshot rows archive wrote", String.format("%,d", snapshots));
        setup.put("PostgreSQL", "the local server (libs/testkit TestPostgres), a fresh database");
        return setup;
    }

    private static List<String> notes(Map<String, Long> written) {
        return List.of("Rows archive wrote, per table (inserted + updated + deleted): " + written,
            "The machine is shared: the load average in the machine line is that of the whole machine during the run.");
    }

    /** What archive did between ready and caught up. */
    private record Ingestion(long total, double fromReadySeconds, long sustainedRecords, double sustainedSeconds,
                             String prometheus) {

        double sustainedPerSecond() {
            return sustainedRecords / sustainedSeconds;
        }
    }
}
