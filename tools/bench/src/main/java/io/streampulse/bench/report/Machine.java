package io.streampulse.bench.report;

/**
 * Where and under what load a benchmark ran. Load averages are the 1-minute ones of {@code /proc/loadavg}
 * (what {@code uptime} prints first): at start, at end, and the mean and maximum of samples taken while running.
 */
public record Machine(String cpu, int cpus, long memoryMb, String os, String java, double loadAtStart,
                      double loadAtEnd, double loadMean, double loadMax) {
}
