package io.streampulse.bench;

import io.streampulse.bench.aggregator.AggregatorThroughputBench;
import io.streampulse.bench.api.ApiBench;
import io.streampulse.bench.infra.Console;
import io.streampulse.bench.refresh.RefreshCapacityBench;
import io.streampulse.bench.refresh.RefreshFailoverBench;
import io.streampulse.bench.refresh.RefreshFlushBench;
import io.streampulse.bench.report.BenchResult;
import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.MarkdownReport;
import io.streampulse.bench.report.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar tools/bench/target/bench.jar <benchmark> [--option value ...]}, from the repository root:
 * runs one benchmark, writes {@code tools/bench/results/<id>.json} and renders BENCHMARKS.md from every result;
 * {@code render} only renders, {@code help} lists the benchmarks. Exit code 0 when every target was met, 1 when
 * one was missed, 2 when the run failed.
 */
public final class Bench {

    /** Every benchmark, in the order {@code help} lists them. Add new ones here. */
    static final List<Benchmark> BENCHMARKS = List.of(
        new RefreshCapacityBench(),
        new RefreshFailoverBench(),
        new RefreshFlushBench(),
        new io.streampulse.bench.archive.ArchiveThroughputBench(),
        new ApiBench(),
        new AggregatorThroughputBench());

    private Bench() {
    }

    public static void main(String[] argv) {
        Console.log("bench %s", String.join(" ", argv));
        int code;
        try {
            code = run(argv);
        } catch (Exception | Error e) {
            Console.log("FAILED: %s", e);
            e.printStackTrace(System.out);
            code = 2;
        }
        quietShutdown();
        System.exit(code);
    }

    /** The in-JVM broker logs errors while the JVM deletes its files on the way out: nothing to see by then. */
    private static void quietShutdown() {
        for (String name : List.of("org.apache.kafka", "kafka")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    static int run(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help")) {
            System.out.println(usage());
            return 0;
        }
        Workspace workspace = Workspace.locate(Path.of(""), Arrays.asList(argv));
        if (argv[0].equals("render")) {
            render(workspace);
            return 0;
        }
        Benchmark benchmark = BENCHMARKS.stream().filter(b -> b.name().equals(argv[0])).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + argv[0] + "'\n" + usage()));
        BenchResult result = benchmark.run(Args.parse(Arrays.asList(argv).subList(1, argv.length)), workspace);
        Path file = new ResultFiles(workspace.results()).write(result);
        render(workspace);
        report(result, file);
        return result.allMet() ? 0 : 1;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -Xmx3g -jar tools/bench/target/bench.jar <benchmark> "
            + "[--option value ...]   (from the repository root)\n\nbenchmarks:\n");
        BENCHMARKS.forEach(b -> text.append("  ").append(b.name()).append(' ').append(b.usage()).append('\n'));
        return text.append("  render   renders BENCHMARKS.md from tools/bench/results/*.json\n").toString();
    }

    private static void render(Workspace workspace) throws IOException {
        List<BenchResult> results = new ResultFiles(workspace.results()).readAll();
        Files.writeString(workspace.benchmarksMd(), MarkdownReport.render(results));
        Console.log("rendered %s from %d result file(s)", workspace.benchmarksMd(), results.size());
    }

    private static void report(BenchResult result, Path file) {
        Console.log("RESULT %s: %s (written to %s)", result.id(), result.title(), file);
        for (Figure f : result.figures()) {
            Console.log("RESULT   %-58s %12.2f %-4s %s", f.name(), f.value(), f.unit(),
                f.target() == null ? "" : (f.met() ? "met " : "MISSED ") + f.target().kind() + " " + f.target().value());
        }
        Console.log("RESULT targets met: %d of %d", result.targetsMet(), result.targets());
    }
}
