package io.streampulse.twitchsim;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Standalone simulator: {@code java -jar tools/twitch-sim/target/twitch-sim.jar [--port 8090 --channels 5000 ...]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(CliOptions.help());
            return;
        }
        SimConfig config;
        try {
            config = CliOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("twitch-sim: " + e.getMessage());
            System.err.print(CliOptions.help());
            System.exit(2);
            return;
        }
        String bind = CliOptions.bindAddress(args, System.getenv());
        System.out.printf("twitch-sim starting: %d channels, live share %.3f, seed %d, clock %s x%.1f, port %d%n",
                config.channels(), config.liveShare(), config.seed(), config.clockMode(), config.speed(), config.port());
        long started = System.nanoTime();
        TwitchSimulator simulator = TwitchSimulator.start(config, bind);
        Map<String, Object> world = simulator.worldSummary();
        System.out.printf("twitch-sim ready on %s with %s channels, %s live (%d ms)%n", simulator.baseUrl(),
                world.get("channels"), world.get("live"), (System.nanoTime() - started) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "twitch-sim-shutdown"));
        stopped.await();
    }
}
