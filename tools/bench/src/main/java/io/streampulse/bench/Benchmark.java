package io.streampulse.bench;

import io.streampulse.bench.report.BenchResult;

/**
 * One benchmark: a subcommand of {@link Bench} that sets up what it measures, prints progress while it runs and
 * returns its figures. {@link Bench} writes the result to {@code tools/bench/results/<id>.json} and renders
 * BENCHMARKS.md again. To add one: implement this, add an instance to {@link Bench#BENCHMARKS}.
 */
public interface Benchmark {

    /** The subcommand, e.g. {@code refresh-failover}. */
    String name();

    /** Options with their defaults, one line, for {@code bench help}. */
    String usage();

    /** Reads its options (then {@link Args#rejectUnread()}), runs, and returns the result to write. */
    BenchResult run(Args args, Workspace workspace) throws Exception;
}
