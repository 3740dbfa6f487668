package io.streampulse.aggregator.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time spent since a start: by the whole process (topology, the in-JVM broker, GC, JIT) and by the Kafka
 * Streams stream threads alone. Unlike records per second, CPU seconds per record hardly move when other
 * processes compete for the cores, so they show what a change saved even on a busy machine.
 */
final class CpuUsage {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processStart;

    private CpuUsage() {
        this.processStart = processCpuNanos();
    }

    static CpuUsage start() {
        return new CpuUsage();
    }

    /** CPU seconds of the process since {@link #start()}. */
    double processSeconds() {
        return (processCpuNanos() - processStart) / 1e9;
    }

    /** CPU seconds of the live stream threads (all of it: they start after {@link #start()}). */
    double streamThreadSeconds() {
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains("-StreamThread-")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
