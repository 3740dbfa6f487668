package io.streampulse.bench.api;

import io.streampulse.bench.Args;
import io.streampulse.bench.Benchmark;
import io.streampulse.bench.Workspace;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.Http;
import io.streampulse.bench.infra.MachineProbe;
import io.streampulse.bench.infra.PrometheusText;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.twitchsim.world.Ids;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code api}: api-service's jar on a fresh database holding a year of read model for {@code --channels} channels.
 * wrk measures, side by side in one run, a trivial endpoint of the same server (the ceiling), a cached read
 * endpoint and the uncached 30-day stats of random channels; then {@code --clients} event-stream clients of one
 * channel measure the live push. Targets of issue #8.
 */
public final class ApiBench implements Benchmark {

    static final String CACHED = "/api/v1/leaderboards/channels";
    static final double CACHED_RPS = 10_400;
    static final double CACHED_P99_MS = 25;
    static final double UNCACHED_P99_MS = 50;
    static final double SSE_P99_MS = 250;
    private static final String CPU_HOW = "user + system CPU of the api process (/proc/<pid>/stat) over the run "
        + "/ wrk requests";
    private static final String LOADED = "streampulse_api_cache_responses_total";

    @Override
    public String name() {
        return "api";
    }

    @Override
    public String usage() {
        return ApiSettings.USAGE;
    }

    @Override
    public BenchResult run(Args args, Workspace workspace) throws Exception {
        ApiSettings s = ApiSettings.of(args);
        MachineProbe machine = new MachineProbe();
        Instant started = Instant.now();
        Path logDir = workspace.runDirectory("api");
        Path jar = workspace.jarOr(s.apiJar(), "api-service");
        try (ApiRig rig = ApiRig.start(s, workspace.repo(), jar, logDir)) {
            checkData(rig);
            Wrk wrk = new Wrk(s.threads(), s.connections(), s.duration(), List.of("X-Api-Key: " + ApiRig.API_KEY),
                logDir);
            Wrk uncachedWrk = new Wrk(s.threads(), s.uncachedConnections(), s.duration(), wrk.headers(), logDir);
            String script = Wrk.randomStatsScript(s.channels(), 30);
            long pid = rig.api.pid();
            double[] cpu = new double[1];
            WrkResult ceiling = measure(wrk, s, machine, "ceiling", rig.api.url(s.ceiling()), null,
                () -> cpu[0] = ProcessMemory.cpuSeconds(pid));
            double ceilingCpu = ProcessMemory.cpuSeconds(pid) - cpu[0];
            WrkResult cached = measure(wrk, s, machine, "cached", rig.api.url(CACHED), null,
                () -> cpu[0] = ProcessMemory.cpuSeconds(pid));
            double cachedCpu = ProcessMemory.cpuSeconds(pid) - cpu[0];
            double[] loadedBefore = new double[1];
            WrkResult uncached = measure(uncachedWrk, s, machine, "uncached", rig.api.url("/"), script, () -> {
                loadedBefore[0] = loaded(rig);
                cpu[0] = ProcessMemory.cpuSeconds(pid);
            });
            double uncachedCpu = ProcessMemory.cpuSeconds(pid) - cpu[0];
            double loadsDuring = loaded(rig) - loadedBefore[0];
            Console.log("api CPU per request: ceiling %.0f us, cached %.0f us, uncached %.0f us",
                perRequest(ceilingCpu, ceiling), perRequest(cachedCpu, cached), perRequest(uncachedCpu, uncached));
            SseFanout.Outcome sse;
            try (SseFanout fanout = new SseFanout(rig.kafka)) {
                String channelId = Ids.userId(60);
                String login = rig.sim.control().login(channelId);
                sse = fanout.run(rig.api.url("/api/v1/channels/" + login + "/events/stream"), channelId, login,
                    s.clients(), s.events(), s.interval());
                machine.sample();
                Console.log("sse: %,d of %,d frames, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sse.frames(),
                    sse.expected(), sse.latencyMs().p50(), sse.latencyMs().p99(), sse.latencyMs().max());
            }
            ProcessMemory memory = ProcessMemory.of(rig.api.pid(), rig.api.prometheus());
            List<Figure> figures = figures(s, ceiling, cached, uncached, loadsDuring, sse, memory);
            figures.add(figures.size() - 2, Figure.info("api CPU per request: ceiling", perRequest(ceilingCpu,
                ceiling), "us", CPU_HOW));
            figures.add(figures.size() - 2, Figure.info("api CPU per request: cached", perRequest(cachedCpu, cached),
                "us", CPU_HOW));
            figures.add(figures.size() - 2, Figure.info("api CPU per request: uncached", perRequest(uncachedCpu,
                uncached), "us", CPU_HOW + "; PostgreSQL's and Redis's own CPU not included"));
            return new BenchResult("api", "api-service: cached and uncached reads (wrk) against a trivial endpoint, "
                + "SSE fan-out to " + s.clients() + " clients", description(), workspace.command(), started,
                Duration.between(started, Instant.now()).toSeconds(), machine.finish(), setup(s, rig, jar),
                figures, notes(s));
        }
    }

    /** A warm-up run (not counted), then {@code beforeMeasuring}, then the measured run. */
    private static WrkResult measure(Wrk wrk, ApiSettings s, MachineProbe machine, String label, String url,
                                     String script, Runnable beforeMeasuring) throws Exception {
        if (!s.warmUp().isZero()) {
            new Wrk(wrk.threads(), wrk.connections(), s.warmUp(), wrk.headers(), wrk.logDir())
                .run(label + "-warmup", url, script);
        }
        beforeMeasuring.run();
        machine.sample();
        WrkResult result = wrk.run(label, url, script);
        machine.sample();
        return result;
    }

    /** The endpoints answer with data before anything is measured (a benchmark of 404s would be worthless). */
    private static void checkData(ApiRig rig) throws InterruptedException {
        String stats = "/api/v1/channels/" + ReadModelSeed.login(0) + "/stats?days=30";
        for (String path : List.of(rig.settings.ceiling(), CACHED, stats, "/api/v1/streams?limit=5")) {
            Http.Response r = get(rig, path);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((!r.ok() || r.body().contains("\"data\":[]")) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                r = get(rig, path);
            }
            if (!r.ok() || r.body().contains("\"data\":[]")) {
                throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
            }
            Console.log("check %s: %d, %s", path, r.status(),
                r.body().length() > 160 ? r.body().substring(0, 160) + "..." : r.body());
        }
    }

    private static Http.Response get(ApiRig rig, String path) {
        return Http.get(rig.api.url(path));
    }

    private static double loaded(ApiRig rig) {
        return PrometheusText.sum(rig.api.prometheus(), LOADED, Map.of("source", "loaded"));
    }

    private static List<Figure> figures(ApiSettings s, WrkResult ceiling, WrkResult cached, WrkResult uncached,
                                        double loadsDuring, SseFanout.Outcome sse, ProcessMemory memory) {
        List<Figure> f = new ArrayList<>();
        f.add(Figure.info("ceiling: requests/s of " + s.ceiling(), ceiling.requestsPerSecond(), "req/s",
            "wrk, " + s.connections() + " connections, same server, no rate limit filter, no cache"));
        f.add(Figure.info("ceiling: p50 latency", ceiling.p50Ms(), "ms", "wrk --latency"));
        f.add(Figure.info("ceiling: p99 latency", ceiling.p99Ms(), "ms", "wrk --latency"));
        f.add(Figure.of("cached: requests/s of " + CACHED, cached.requestsPerSecond(), "req/s",
            Target.atLeast(CACHED_RPS), "wrk, " + s.connections() + " connections, X-Api-Key (rate limit in the path)"));
        f.add(Figure.info("cached: requests/s vs ceiling", ratio(cached, ceiling), "%", "cached / ceiling"));
        f.add(Figure.info("cached: p50 latency", cached.p50Ms(), "ms", "wrk --latency"));
        f.add(Figure.of("cached: p99 latency", cached.p99Ms(), "ms", Target.atMost(CACHED_P99_MS), "wrk --latency"));
        f.add(Figure.info("uncached: requests/s of 30-day stats of random channels", uncached.requestsPerSecond(),
            "req/s", "wrk + Lua (random channel_<n> of " + s.channels() + " per request), " + s.uncachedConnections()
                + " connections, history cache TTL 1 ms"));
        f.add(Figure.info("uncached: requests/s vs ceiling", ratio(uncached, ceiling), "%", "uncached / ceiling"));
        f.add(Figure.info("uncached: p50 latency", uncached.p50Ms(), "ms", "wrk --latency"));
        f.add(Figure.of("uncached: p99 latency", uncached.p99Ms(), "ms", Target.atMost(UNCACHED_P99_MS),
            "wrk --latency"));
        f.add(Figure.info("uncached: answers loaded from PostgreSQL", uncached.requests() == 0 ? Double.NaN
            : 100.0 * loadsDuring / uncached.requests(), "%",
            "service counter streampulse_api_cache_responses_total{source=loaded} over the measured run / wrk "
                + "requests: 100 % when no answer came from a cache"));
        f.add(Figure.of("non-2xx/3xx answers and socket errors (all wrk runs)", ceiling.non2xx() + cached.non2xx()
            + uncached.non2xx() + ceiling.socketErrors() + cached.socketErrors() + uncached.socketErrors(), "",
            Target.atMost(0), "wrk: no 429 from the rate limit, no 5xx, no 404"));
        f.add(Figure.info("sse: p50 latency, producer send to client frame", sse.latencyMs().p50(), "ms",
            sse.clients() + " clients of one channel, " + sse.events() + " events"));
        f.add(Figure.of("sse: p99 latency, producer send to client frame", sse.latencyMs().p99(), "ms",
            Target.atMost(SSE_P99_MS), "from the send of the acks=all record (before the webhook's acknowledgement)"));
        f.add(Figure.info("sse: max latency", sse.latencyMs().max(), "ms", "every frame of the measured events"));
        f.add(Figure.of("sse: frames missing", sse.expected() - sse.frames(), "", Target.atMost(0),
            "clients x events - frames received within 60 s of the last send"));
        f.add(Figure.info("api heap used at the end", memory.heapUsedMb(), "MB",
            "jvm_memory_used_bytes{area=heap}, with " + sse.clients() + " event-stream clients still connected"));
        f.add(Figure.info("api RSS at the end", memory.rssMb(), "MB", "VmRSS of /proc/<pid>/status, -Xmx"
            + s.apiHeap()));
        return f;
    }

    /** Microseconds of the api process's CPU per request of a run (the same on a busy machine as on a quiet one). */
    private static double perRequest(double cpuSeconds, WrkResult run) {
        return run.requests() == 0 ? Double.NaN : Math.round(cpuSeconds * 1e6 / run.requests());
    }

    private static double ratio(WrkResult measured, WrkResult ceiling) {
        return Math.round(1000.0 * measured.requestsPerSecond() / ceiling.requestsPerSecond()) / 10.0;
    }

    private static String description() {
        return "api-service's jar (configured through its README's environment variables) on a fresh PostgreSQL "
            + "database seeded with a year of read model (archive-service's and aggregator-service's migrations, "
            + "COPY), a live set on twitch.streams.live.v1 and leaderboards in a private redis-server, Kafka from "
            + "libs/testkit in the bench JVM. wrk (child process, --latency) measures each endpoint after a "
            + "warm-up run: a trivial endpoint of the same server (the ceiling), a cached read, and the 30-day "
            + "stats of a random channel per request with the history cache cut to 1 ms, so every answer is a "
            + "query. Then event-stream clients of one channel (JDK HttpClient in the bench JVM) receive follows "
            + "written to twitch.channel.events.v1 as ingest writes them.";
    }

    private static Map<String, String> setup(ApiSettings s, ApiRig rig, Path jar) {
        Map<String, String> setup = new LinkedHashMap<>();
        Path here = Path.of("").toAbsolutePath();
        setup.put("api-service jar", jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString());
        setup.put("read model", String.format("%,d channels x %d days: %,d sessions, %,d channel_daily rows, "
            + "%,d channel events", s.channels(), s.days(), rig.seeded.getOrDefault("archive.stream_sessions", 0L),
            rig.seeded.getOrDefault("aggregator.channel_daily", 0L),
            rig.seeded.getOrDefault("archive.channel_events", 0L)));
        setup.put("live set", String.format("%,d streams, leaderboards of 100 channels and 50 games",
            Math.min(s.live(), s.channels())));
        setup.put("wrk", String.format("%d threads; %d connections (ceiling, cached), %d (uncached); %d s per "
            + "endpoint after a %d s warm-up", s.threads(), s.connections(), s.uncachedConnections(),
            s.duration().toSeconds(), s.warmUp().toSeconds()));
        setup.put("endpoints", s.ceiling() + " (ceiling); " + CACHED + " (cached: live policy, 2 s in memory); "
            + "/api/v1/channels/channel_<random>/stats?days=30 (uncached)");
        setup.put("rate limit", "on, X-Api-Key " + ApiRig.API_KEY + " with a limit of " + ApiRig.API_KEY_LIMIT
            + " per minute (a Redis EVAL per /api request)");
        setup.put("sse", String.format("%d clients of one channel, %d events every %d ms after 20 warm-up events",
            s.clients(), s.events(), s.interval().toMillis()));
        setup.put("api process", "-Xmx" + s.apiHeap() + ", reader pool 10 connections (defaults)");
        return setup;
    }

    private static List<String> notes(ApiSettings s) {
        return List.of("Everything shares the machine: wrk, Redis, PostgreSQL, the bench JVM (Kafka broker and the "
            + s.clients() + " event-stream clients) and the service; on 2 cores the figures are a lower bound.",
            "SSE latency runs from the producer's send of the acks=all record, which precedes the broker's "
                + "acknowledgement and so the webhook's: the figure is an upper bound of latency from the ack.");
    }
}
