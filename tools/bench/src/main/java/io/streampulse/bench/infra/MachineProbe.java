package io.streampulse.bench.infra;

import io.streampulse.bench.report.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine and its load while a benchmark runs: the 1-minute load average of {@code /proc/loadavg} (what
 * {@code uptime} prints first) sampled at start, at every {@link #sample()} and at the end.
 */
public final class MachineProbe {

    private final double atStart;
    private double sum;
    private double max;
    private int samples;

    public MachineProbe() {
        atStart = load();
        record(atStart);
    }

    /** Takes one load sample; returns it. */
    public synchronized double sample() {
        double load = load();
        record(load);
        return load;
    }

    public synchronized Machine finish() {
        double atEnd = sample();
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memoryMb(),
            System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("java.version"),
            atStart, atEnd, Math.round(sum / samples * 100) / 100.0, max);
    }

    private void record(double load) {
        if (!Double.isNaN(load)) {
            sum += load;
            max = Math.max(max, load);
            samples++;
        }
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long memoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return System.getProperty("os.arch");
    }
}
