package io.streampulse.bench.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String TEXT = """
        # HELP twitch_budget_points_total points granted
        # TYPE twitch_budget_points_total counter
        twitch_budget_points_total{client_id="streampulse-local",priority="discovery",service="ingest"} 12.0
        twitch_budget_points_total{client_id="streampulse-local",priority="refresh",service="refresh"} 4800.0
        refresh_ids_per_call_count{service="refresh"} 48.0
        refresh_ids_per_call_sum{service="refresh"} 4790.0
        refresh_ids_per_call_max{service="refresh"} 100.0
        """;

    @Test
    void sumsTheSamplesOfOneMetricWhoseLabelsMatch() {
        assertThat(PrometheusText.sum(TEXT, "twitch_budget_points_total", Map.of("priority", "refresh")))
            .isEqualTo(4800.0);
        assertThat(PrometheusText.sum(TEXT, "twitch_budget_points_total")).isEqualTo(4812.0);
    }

    @Test
    void aNameIsMatchedExactlyNotAsAPrefix() {
        assertThat(PrometheusText.sum(TEXT, "refresh_ids_per_call_sum")).isEqualTo(4790.0);
        assertThat(PrometheusText.sum(TEXT, "refresh_ids_per_call")).isZero();
    }
}
