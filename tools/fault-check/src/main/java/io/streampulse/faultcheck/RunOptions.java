package io.streampulse.faultcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run does. The short form (CI, under 10 minutes with start-up) and the long form differ in world size,
 * how long each fault lasts, how long the pipeline runs between faults, and how many times the schedule repeats.
 *
 * @param form          SHORT or LONG (the defaults of everything below)
 * @param channels      channels in the simulated world (about 10 % live)
 * @param watched       channels put on the watchlist and authorized, so their EventSub events flow
 * @param meanStreamMinutes mean broadcast length in the simulator (short: sessions end within the run)
 * @param rounds        how many times the whole fault schedule runs
 * @param hold          how long Kafka, Redis and PostgreSQL stay down
 * @param burst         how long the simulator's 5xx, 429 and duplicate-delivery bursts last
 * @param soak          how long the pipeline runs undisturbed after each recovery
 * @param stepTimeout   longest recovery of one step before it counts as failed
 * @param quietTimeout  longest wait, after the faults, for archive to close every ended session
 * @param workDir       broker, database, state and logs (default: a new temporary directory)
 * @param repoDir       the StreamPulse checkout (default: found from the working directory)
 * @param resultsFile   where the JSON results go (default tools/bench/results/fault-tolerance.json); empty: none
 * @param writeResults  false with --no-results
 * @param only          run only the faults whose name contains one of these words (empty: all)
 */
public record RunOptions(Form form, int channels, int watched, int meanStreamMinutes, int rounds, Duration hold,
                         Duration burst, Duration soak, Duration stepTimeout, Duration quietTimeout,
                         Optional<Path> workDir, Optional<Path> repoDir, Optional<Path> resultsFile, boolean writeResults,
                         List<String> only) {

    public RunOptions {
        only = List.copyOf(only);
    }

    public enum Form { SHORT, LONG }

    public static final String USAGE = """
            usage: java -jar tools/fault-check/target/fault-check.jar [--short | --long] [options]
              --short            CI form (default): 2,000 channels, one round, faults held 5 s, bursts 15 s
              --long             long form: 20,000 channels, three rounds, faults held 30 s, bursts 60 s, 60 s between steps
              --channels N       channels in the simulated world
              --watched N        channels on the watchlist (authorized: follows, subs, cheers flow)
              --rounds N         times the fault schedule runs
              --hold 30s         how long Kafka, Redis and PostgreSQL stay down
              --burst 60s        length of the simulator's 5xx, 429 and duplicate-delivery bursts
              --soak 60s         undisturbed time after each recovery
              --work-dir DIR     where the private stack keeps its data and logs (default: a new temporary directory)
              --repo-dir DIR     the StreamPulse checkout (default: found from the working directory)
              --results FILE     JSON results (default: tools/bench/results/fault-tolerance.json)
              --no-results       write no JSON results
              --only kafka,redis run only the faults whose name contains one of these words (e.g. while developing)
            """;

    public static RunOptions shortForm() {
        return new RunOptions(Form.SHORT, 2_000, 30, 3, 1, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ZERO,
                Duration.ofSeconds(180), Duration.ofSeconds(150), Optional.empty(), Optional.empty(), Optional.empty(), true,
                List.of());
    }

    public static RunOptions longForm() {
        return new RunOptions(Form.LONG, 20_000, 100, 8, 3, Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(300), Optional.empty(), Optional.empty(),
                Optional.empty(), true, List.of());
    }

    public static RunOptions parse(List<String> args) {
        RunOptions options = args.contains("--long") ? longForm() : shortForm();
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            options = options.apply(it.next(), it);
        }
        return options;
    }

    private RunOptions apply(String flag, Iterator<String> it) {
        return switch (flag) {
            case "--short", "--long" -> this;
            case "--channels" -> with(form, positive(flag, value(flag, it)), watched, rounds, hold, burst, soak);
            case "--watched" -> with(form, channels, positive(flag, value(flag, it)), rounds, hold, burst, soak);
            case "--rounds" -> with(form, channels, watched, positive(flag, value(flag, it)), hold, burst, soak);
            case "--hold" -> with(form, channels, watched, rounds, duration(flag, value(flag, it)), burst, soak);
            case "--burst" -> with(form, channels, watched, rounds, hold, duration(flag, value(flag, it)), soak);
            case "--soak" -> with(form, channels, watched, rounds, hold, burst, duration(flag, value(flag, it)));
            case "--work-dir" -> new RunOptions(form, channels, watched, meanStreamMinutes, rounds, hold, burst, soak,
                    stepTimeout, quietTimeout, Optional.of(Path.of(value(flag, it))), repoDir, resultsFile, writeResults, only);
            case "--repo-dir" -> new RunOptions(form, channels, watched, meanStreamMinutes, rounds, hold, burst, soak,
                    stepTimeout, quietTimeout, workDir, Optional.of(Path.of(value(flag, it))), resultsFile, writeResults, only);
            case "--results" -> new RunOptions(form, channels, watched, meanStreamMinutes, rounds, hold, burst, soak,
                    stepTimeout, quietTimeout, workDir, repoDir, Optional.of(Path.of(value(flag, it))), true, only);
            case "--no-results" -> new RunOptions(form, channels, watched, meanStreamMinutes, rounds, hold, burst, soak,
                    stepTimeout, quietTimeout, workDir, repoDir, Optional.empty(), false, only);
            case "--only" -> new RunOptions(form, channels, watched, meanStreamMinutes, rounds, hold, burst, soak,
                    stepTimeout, quietTimeout, workDir, repoDir, resultsFile, writeResults,
                    List.of(value(flag, it).toLowerCase(Locale.ROOT).split(",")));
            default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
        };
    }

    private RunOptions with(Form f, int c, int w, int r, Duration h, Duration b, Duration s) {
        return new RunOptions(f, c, w, meanStreamMinutes, r, h, b, s, stepTimeout, quietTimeout, workDir, repoDir,
                resultsFile, writeResults, only);
    }

    private static String value(String flag, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return it.next();
    }

    private static int positive(String flag, String value) {
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException(flag + " must be at least 1: " + value);
        }
        return parsed;
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, or a number of seconds. */
    static Duration duration(String flag, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + ": not a duration: " + value + " (e.g. 30s, 2m, 500ms)");
        }
    }

    /** The command that reproduces this run, for the results file. */
    public String command() {
        RunOptions d = form == Form.LONG ? longForm() : shortForm();
        StringBuilder command = new StringBuilder("java -jar tools/fault-check/target/fault-check.jar")
                .append(form == Form.LONG ? " --long" : " --short");
        append(command, channels != d.channels, " --channels " + channels);
        append(command, watched != d.watched, " --watched " + watched);
        append(command, rounds != d.rounds, " --rounds " + rounds);
        append(command, !hold.equals(d.hold), " --hold " + hold.toSeconds() + "s");
        append(command, !burst.equals(d.burst), " --burst " + burst.toSeconds() + "s");
        append(command, !soak.equals(d.soak), " --soak " + soak.toSeconds() + "s");
        append(command, !only.isEmpty(), " --only " + String.join(",", only));
        return command.toString();
    }

    private static void append(StringBuilder command, boolean differs, String option) {
        if (differs) {
            command.append(option);
        }
    }

    /** Whether the fault named {@code name} runs ({@code --only}). */
    public boolean runs(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return only.isEmpty() || only.stream().anyMatch(word -> lower.contains(word.strip()));
    }
}
