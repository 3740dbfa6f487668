package io.streampulse.bench.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test results to render and store. */
final class Results {

    private Results() {
    }

    static BenchResult refresh80k() {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("live streams fed", "80,112");
        setup.put("refresh replicas", "2 processes | interval 60 s");
        return new BenchResult("refresh-80k", "Refresh capacity: 80,000 live streams", "Two replicas against the sim.",
            "java -Xmx3g -jar tools/bench/target/bench.jar refresh --live 80000 --minutes 6",
            Instant.parse("2026-11-26T10:15:42Z"), 512,
            new Machine("Test CPU", 2, 24_000, "Linux 6.1", "17.0.15", 4.12, 5.5, 4.8, 6.25),
            setup, List.of(
                Figure.of("mean ids per refresh call", 99.62, "ids", Target.atLeast(99), "Prometheus"),
                Figure.of("staleness p95", 67.3, "s", Target.atMost(66), "observations"),
                Figure.of("staleness p95 (8k)", 60.1, "s", Target.within(60, 0.1), "observations"),
                Figure.info("live streams", 80_112, "", "ground truth")),
            List.of("Saturating load."));
    }
}
