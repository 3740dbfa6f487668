package io.streampulse.runtime.testing;

import java.util.List;

/** The lines of a Prometheus text exposition, for asserting on metric families and labels. */
public record PrometheusText(List<String> samples) {

    /** Parses a scrape, keeping the sample lines (not the # HELP / # TYPE comments). */
    public static PrometheusText parse(String scrape) {
        return new PrometheusText(scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
    }

    /** The sample lines whose metric name starts with {@code prefix}, e.g. {@code jvm_}. */
    public List<String> family(String prefix) {
        return samples.stream().filter(line -> line.startsWith(prefix)).toList();
    }
}
