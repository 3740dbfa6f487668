package io.streampulse.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void rendersASummaryAndASectionPerBenchmarkWithEachFigureAgainstItsTarget() {
        // Given one result with a met floor, a missed ceiling, a met tolerance and an information-only figure
        BenchResult result = Results.refresh80k();

        // When rendered
        String md = MarkdownReport.render(List.of(result));

        // Then the summary links to the section and counts the targets met
        assertThat(md).startsWith("# Benchmarks\n")
            .contains("| [refresh-80k](#refresh-80k) | Refresh capacity: 80,000 live streams | 2026-11-26 10:15 "
                + "| 4.12 → 5.50 | 2 of 3 ✗ |");
        // And the section has the command, the machine with its load, the setup and every figure with ratio
        assertThat(md).contains("## refresh-80k\n\n**Refresh capacity: 80,000 live streams**\n\nTwo replicas against the sim.")
            .contains("```\njava -Xmx3g -jar tools/bench/target/bench.jar refresh --live 80000 --minutes 6\n```")
            .contains("Ran 2026-11-26 10:15 UTC for 512 s on 2 CPUs, 23.4 GB (Test CPU, Linux 6.1, Java 17.0.15), "
                + "load average 4.12 at start, 5.50 at end, mean 4.80, max 6.25.")
            .contains("| refresh replicas | 2 processes \\| interval 60 s |")
            .contains("| mean ids per refresh call | 99.6 ids | ≥ 99 ids | 1.01 | yes | Prometheus |")
            .contains("| staleness p95 | 67.3 s | ≤ 66 s | 1.02 | **no** | observations |")
            .contains("| staleness p95 (8k) | 60.1 s | 60 s ± 10 % | 1.00 | yes | observations |")
            .contains("| live streams | 80,112 | (info) |  |  | ground truth |")
            .contains("- Saturating load.");
    }

    @Test
    void withoutResultsItSaysSo() {
        assertThat(MarkdownReport.render(List.of())).endsWith("No results yet.\n");
    }

    @Test
    void numbersKeepOnlyTheDecimalsThatSaySomething() {
        assertThat(List.of(Numbers.format(80_000), Numbers.format(0.347), Numbers.format(60.14),
            Numbers.format(1234.56), Numbers.format(Double.NaN), Numbers.ratio(0.9512)))
            .containsExactly("80,000", "0.35", "60.1", "1,234.6", "n/a", "0.95");
    }
}
