package io.streampulse.twitch.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "done when" measurement: two client processes, one client id, one Redis budget, against the
 * simulator at Twitch's 800 points/min, for five minutes; prints the points per minute Twitch (the
 * simulator) charged and the 429 count. Not a test (it runs five minutes): start it by hand.
 *
 * <pre>
 * ./mvnw -B -q -o -pl libs/twitch test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp libs/twitch/target/test-classes:libs/twitch/target/classes:$(cat libs/twitch/target/test-classpath.txt) \
 *     io.streampulse.twitch.budget.SharedBudgetSoak [limit=800] [seconds=300] [workers=2] [loopsPerWorker=8]
 * </pre>
 * Redis comes from libs/testkit (REDIS_URI, else 127.0.0.1:6379, else an embedded server).
 */
public final class SharedBudgetSoak {

    private SharedBudgetSoak() {
    }

    public static void main(String[] args) {
        int limit = arg(args, 0, 800);
        Duration run = Duration.ofSeconds(arg(args, 1, 300));
        int workers = arg(args, 2, 2);
        int loops = arg(args, 3, 8);
        System.out.printf("soak: %d workers x %d loops, limit %d/min, %s%n", workers, loops, limit, run);
        SharedBudgetRun.Result result = SharedBudgetRun.run(limit, run, workers, loops,
                line -> System.out.println("  " + line));
        report(result, limit);
        System.exit(0);
    }

    private static void report(SharedBudgetRun.Result result, int limit) {
        System.out.println("== points per wall-clock minute charged by the simulator");
        List<Long> full = new ArrayList<>();
        for (Map.Entry<String, Long> e : result.pointsPerMinute().entrySet()) {
            boolean whole = result.isFullMinute(e.getKey());
            System.out.printf("  minute starting %s: %d%s%n", Instant.ofEpochSecond(Long.parseLong(e.getKey())),
                    e.getValue(), whole ? "" : " (partial)");
            if (whole) {
                full.add(e.getValue());
            }
        }
        double minutes = result.elapsed().toMillis() / 60_000.0;
        System.out.printf("== total points %d in %.2f min (incl. JVM start-up) = %.1f points/min; the bucket allows "
                        + "%d at start + %d per minute%n", result.simPoints(), minutes, result.simPoints() / minutes,
                limit, limit);
        System.out.printf("== whole minutes: %s (mean %.1f, limit %d)%n", full,
                full.stream().mapToLong(Long::longValue).average().orElse(Double.NaN), limit);
        System.out.printf("== 429s: simulator %d, workers %s%n", result.simRateLimited(),
                result.workers().stream().map(w -> w.name() + "=" + w.rateLimited()).toList());
        System.out.printf("== calls per worker: %s%n", result.workers());
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
