package io.streampulse.faultcheck;

import io.streampulse.faultcheck.report.FaultOutcome;
import io.streampulse.faultcheck.report.Machine;
import io.streampulse.faultcheck.report.ReportText;
import io.streampulse.faultcheck.report.ResultsJson;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar tools/fault-check/target/fault-check.jar [--short | --long] [options]}: runs the fault schedule
 * against a private stack, prints the report and writes tools/bench/results/fault-tolerance.json. Exit code 0 when
 * every check passed, 1 when one failed, 2 on bad options.
 */
public final class FaultRun {

    private FaultRun() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(RunOptions.USAGE);
            return;
        }
        RunOptions options;
        try {
            options = RunOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        FaultOutcome outcome = run(options, Progress.toStandardOutput());
        System.exit(outcome.passed() ? 0 : 1);
    }

    /** Runs, prints the report, writes the results file (unless disabled); the IT calls this too. */
    public static FaultOutcome run(RunOptions options, Progress progress) {
        try (Machine machine = Machine.sampling()) {
            FaultOutcome outcome = new FaultCheck(options, progress).run();
            System.out.println(ReportText.render(outcome));
            if (options.writeResults()) {
                Path file = resultsFile(options);
                ResultsJson.write(file, ResultsJson.document(outcome, machine.describe()));
                progress.step("results written to " + file);
            }
            return outcome;
        }
    }

    static Path resultsFile(RunOptions options) {
        return options.resultsFile().orElseGet(() -> options.repoDir()
                .or(() -> io.streampulse.faultcheck.stack.StackLayout.findCheckout(Path.of("").toAbsolutePath()))
                .orElse(Path.of("")).resolve("tools/bench/results/fault-tolerance.json"));
    }
}
