package io.streampulse.faultcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine a run was measured on and its load while it ran (the 1-minute load average of /proc/loadavg, sampled
 * every 10 s): other work sharing the CPUs changes every recovery time. Written as tools/bench's results expect.
 */
public final class Machine implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "load-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final double atStart = load();
    private double sum;
    private double max;
    private int samples;

    private Machine() {
        record(atStart);
        sampler.scheduleAtFixedRate(this::sample, 10, 10, TimeUnit.SECONDS);
    }

    public static Machine sampling() {
        return new Machine();
    }

    private synchronized double sample() {
        double load = load();
        record(load);
        return load;
    }

    private void record(double load) {
        if (!Double.isNaN(load)) {
            sum += load;
            max = Math.max(max, load);
            samples++;
        }
    }

    /** cpu, cpus, memory_mb, os, java, load_at_start, load_at_end, load_mean, load_max. */
    public synchronized Map<String, Object> describe() {
        double atEnd = sample();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("memory_mb", procValue("/proc/meminfo", "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("\\D", "")) / 1024).orElse(-1L));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        machine.put("load_at_start", atStart);
        machine.put("load_at_end", atEnd);
        machine.put("load_mean", samples == 0 ? Double.NaN : Math.round(sum / samples * 100) / 100.0);
        machine.put("load_max", max);
        return machine;
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return Double.NaN;
        }
    }

    private static java.util.Optional<String> procValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " "));
        } catch (IOException | RuntimeException unknown) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
