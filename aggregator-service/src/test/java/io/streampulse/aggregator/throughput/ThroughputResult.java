package io.streampulse.aggregator.throughput;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one throughput run measured.
 *
 * @param observations          records the topology had to commit past
 * @param seconds               from {@code KafkaStreams.start()} (start-up and first rebalance included) until its
 *                              committed offsets reached the end of the observations topic
 * @param recordsPerSecond      observations / seconds: the figure the throughput goal is about
 * @param processCpuSeconds     CPU time of the whole JVM meanwhile (topology, in-JVM broker, GC)
 * @param streamThreadCpuSeconds CPU time of the stream threads and their producers' I/O threads
 * @param ceiling               the same topic read by one plain consumer on the same broker in the same run
 * @param recordsWritten        records the topology's producers wrote (changelogs, repartitions, statistics)
 * @param droppedLateRecords    records Kafka Streams dropped as later than the grace (0 expected)
 * @param streamsSettings       the Kafka Streams settings of the run (the service's, with the overrides)
 */
public record ThroughputResult(long observations, double seconds, double recordsPerSecond, double processCpuSeconds,
                               double streamThreadCpuSeconds, ConsumerCeiling ceiling, double recordsWritten,
                               double droppedLateRecords, Map<String, String> streamsSettings) {

    /** Stream-thread CPU microseconds per observation: what a change of the topology saves, even on a busy machine. */
    public double streamThreadCpuMicrosPerRecord() {
        return streamThreadCpuSeconds * 1e6 / observations;
    }

    /** Human-readable summary lines. */
    String summary() {
        return String.format(Locale.ROOT, "[throughput] RESULT: %,d observations in %.1f s = %,.0f records/s%n"
                + "[throughput]   CPU: stream threads %.1f s (%.1f us/record), whole JVM incl. broker %.1f s "
                + "(%.0f%% of the run's %d cores)%n"
                + "[throughput]   ceiling on the same broker: plain consumer %,.0f records/s, with JSON decode %,.0f "
                + "records/s (%,d records)%n"
                + "[throughput]   records written %,.0f (%.2f per observation); dropped late records %.0f%n"
                + "[throughput]   settings %s",
            observations, seconds, recordsPerSecond, streamThreadCpuSeconds, streamThreadCpuMicrosPerRecord(),
            processCpuSeconds, 100 * processCpuSeconds / seconds / Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().availableProcessors(), ceiling.rawPerSecond(), ceiling.decodedPerSecond(),
            ceiling.records(), recordsWritten, recordsWritten / observations, droppedLateRecords, streamsSettings);
    }

    /** One JSON line (prefixed {@code [throughput] JSON }) for tools that run the check and parse its output. */
    String json() {
        String settings = streamsSettings.entrySet().stream()
            .map(entry -> quoted(entry.getKey()) + ":" + quoted(entry.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
        return String.format(Locale.ROOT, "[throughput] JSON {\"observations\":%d,\"seconds\":%.3f,"
                + "\"records_per_second\":%.1f,\"stream_thread_cpu_seconds\":%.3f,\"process_cpu_seconds\":%.3f,"
                + "\"stream_thread_cpu_us_per_record\":%.2f,\"consumer_ceiling_records_per_second\":%.1f,"
                + "\"consumer_ceiling_decoded_records_per_second\":%.1f,\"records_written\":%.0f,"
                + "\"dropped_late_records\":%.0f,"
                + "\"streams_settings\":%s}",
            observations, seconds, recordsPerSecond, streamThreadCpuSeconds, processCpuSeconds,
            streamThreadCpuMicrosPerRecord(), ceiling.rawPerSecond(), ceiling.decodedPerSecond(), recordsWritten,
            droppedLateRecords, settings);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
