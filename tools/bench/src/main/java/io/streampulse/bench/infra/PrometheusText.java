package io.streampulse.bench.infra;

import java.util.Map;

/** Reads sums out of Prometheus text exposition ({@code name{label="v",...} value}). Pure. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of every sample of {@code metric} (exact name, e.g. {@code refresh_ids_per_call_sum}) whose labels
     * include all of {@code labels}; 0 when there is none.
     */
    public static double sum(String text, String metric, Map<String, String> labels) {
        double total = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            String rest = line.substring(metric.length());
            if (!(rest.startsWith("{") || rest.startsWith(" "))) {
                continue;
            }
            int close = rest.startsWith("{") ? rest.indexOf('}') : -1;
            String labelText = close > 0 ? rest.substring(1, close) : "";
            if (labels.entrySet().stream().allMatch(e -> labelText.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                String value = rest.substring(close + 1).trim().split(" ")[0];
                total += Double.parseDouble(value);
            }
        }
        return total;
    }

    public static double sum(String text, String metric) {
        return sum(text, metric, Map.of());
    }
}
