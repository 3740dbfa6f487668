package io.streampulse.bench.api;

import io.streampulse.bench.infra.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code wrk --latency} (Debian package {@code wrk}) as a child process against one URL, optionally with a Lua
 * script, and parses what it prints. Its output goes to {@code <log dir>/wrk-<label>.txt}.
 *
 * @param threads     wrk threads ({@code -t})
 * @param connections open connections ({@code -c})
 * @param duration    how long each run lasts ({@code -d})
 * @param headers     request headers ({@code -H}), e.g. the API key
 * @param logDir      where the outputs go
 */
record Wrk(int threads, int connections, Duration duration, List<String> headers, Path logDir) {

    /** A random channel's 30-day stats per request: {@code channel_<0..channels-1>}, a seed per wrk thread. */
    static String randomStatsScript(int channels, int days) {
        return """
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("seed", threads)
            end
            function init(args)
              math.randomseed(os.time() * 1000 + (seed or 0) * 7919)
            end
            request = function()
              return wrk.format(nil, string.format("/api/v1/channels/channel_%%d/stats?days=%d",
                math.random(0, %d)))
            end
            """.formatted(days, channels - 1);
    }

    WrkResult run(String label, String url, String luaScript) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t", Integer.toString(threads), "-c",
            Integer.toString(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (luaScript != null) {
            Path script = logDir.resolve("wrk-" + label + ".lua");
            Files.writeString(script, luaScript);
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        Path out = logDir.resolve("wrk-" + label + ".txt");
        Console.log("wrk %s: %s", label, String.join(" ", command));
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run wrk (apt-get install -y wrk)", e);
        }
        long deadline = System.nanoTime() + duration.plusSeconds(60).toNanos();
        long started = System.nanoTime();
        while (!wrk.waitFor(10, TimeUnit.SECONDS)) {
            if (System.nanoTime() > deadline) {
                wrk.destroyForcibly();
                throw new IllegalStateException("wrk did not finish: " + label);
            }
            Console.log("wrk %s: %.0f of %d s", label, (System.nanoTime() - started) / 1e9, duration.toSeconds());
        }
        String output = Files.readString(out);
        if (wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk exited with " + wrk.exitValue() + ":\n" + output);
        }
        WrkResult result = WrkResult.parse(output);
        Console.log("wrk %s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d requests, %d non-2xx/3xx, "
            + "%d socket errors", label, result.requestsPerSecond(), result.p50Ms(), result.p99Ms(), result.maxMs(),
            result.requests(), result.non2xx(), result.socketErrors());
        return result;
    }
}
