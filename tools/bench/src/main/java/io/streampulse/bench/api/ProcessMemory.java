package io.streampulse.bench.api;

import io.streampulse.bench.infra.PrometheusText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Memory of a service process: RSS from {@code /proc/<pid>/status}, heap in use from its {@code /prometheus}. */
record ProcessMemory(double rssMb, double heapUsedMb, double heapCommittedMb) {

    static ProcessMemory of(long pid, String prometheus) {
        return new ProcessMemory(rssKb(pid) / 1024.0,
            PrometheusText.sum(prometheus, "jvm_memory_used_bytes", Map.of("area", "heap")) / (1024 * 1024),
            PrometheusText.sum(prometheus, "jvm_memory_committed_bytes", Map.of("area", "heap")) / (1024 * 1024));
    }

    /** CPU time the process used so far (user + system, /proc/<pid>/stat at 100 ticks/s), in seconds; NaN when unknown. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** VmRSS of the process in kB; NaN when unknown. */
    static double rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return Double.NaN;
    }
}
