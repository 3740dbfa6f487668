package io.streampulse.localstack;

import io.streampulse.localstack.process.Supervisor;

import java.util.List;
import java.util.Map;

/**
 * One command runs the whole system on one machine with only a JDK: a Kafka broker, PostgreSQL and Redis,
 * the Twitch simulator and the five services. This JVM is their supervisor: Ctrl-C or SIGTERM stops
 * everything in order (services, simulator, broker, embedded stores), through the shutdown hook below.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        Console console = Console.forTerminal(System.nanoTime());
        Map<String, String> env = System.getenv();
        Options options;
        try {
            options = Options.parse(List.of(args), env);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        Supervisor supervisor = new Supervisor(console);
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "local-stack-shutdown"));
        System.exit(run(options, env, console, supervisor));
    }

    private static int run(Options options, Map<String, String> env, Console console, Supervisor supervisor) {
        try {
            StackRunner runner = new StackRunner(options, RepoLayout.locate(options.repoDir()), env, console, supervisor);
            runner.start();
            console.step("FAILED: " + runner.awaitFatal());
            return 1;
        } catch (RuntimeException e) {
            if (supervisor.stopping()) {
                return 130; // Ctrl-C during start-up: what failed afterwards failed because it was being stopped
            }
            if (e instanceof StartupFailure) {
                console.step("FAILED: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                return 1;
            }
            console.step("FAILED: " + e);
            e.printStackTrace();
            return 1;
        }
    }
}
